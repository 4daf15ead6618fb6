#!/bin/sh
# ccfilter options as grep has them (-v -c -q -m -l -s -L), the usage
# conventions, file operands after "--", and exit status 0/1/2 with an
# error outranking a match.

. "$(dirname "$0")/lib.sh"

printf 'a=1\tb=x\na=2\tb=y\na=1\tb=z\n' >in
printf 'a=1\n' >one

test_expect_success '-v selects the records that do not match' '
	ccfilter -v a=1 <in >out &&
	printf "a=2\tb=y\n" >expect &&
	test_cmp expect out
'
test_expect_success '-v with every record matching exits 1' '
	test_expect_code 1 ccfilter -v a <in >out &&
	test_cmp /dev/null out
'
test_expect_success '-c counts selected records' '
	ccfilter -c a=1 <in >out &&
	echo 2 >expect &&
	test_cmp expect out
'
test_expect_success '-c with none selected prints 0 and exits 1' '
	test_expect_code 1 ccfilter -c a=3 <in >out &&
	echo 0 >expect &&
	test_cmp expect out
'
test_expect_success '-cv counts records not selected' '
	ccfilter -cv a=1 <in >out &&
	echo 1 >expect &&
	test_cmp expect out
'
test_expect_success '-q prints nothing, exits 0 on a match' '
	ccfilter -q b=y <in >out &&
	test_cmp /dev/null out
'
test_expect_success '-q exits 1 without a match' '
	test_expect_code 1 ccfilter -q b=w <in >out &&
	test_cmp /dev/null out
'
test_expect_success '-q stops at the first match (a later bad line is not read)' '
	printf "a=1\nnot a record\n" >qin &&
	ccfilter -q a=1 <qin >out 2>err &&
	test_cmp /dev/null err
'
test_expect_success '-q: an error before the match still exits 2' '
	test_expect_code 2 ccfilter -q a=1 -- missing in >out 2>err &&
	test_cmp /dev/null out &&
	echo "ccfilter: missing: No such file or directory" >expect &&
	test_cmp expect err
'
test_expect_success '-m 1 stops after the first selected record' '
	printf "a=1\tb=x\na=1\tb=w\nnot a record\n" >min &&
	ccfilter -m 1 a=1 <min >out 2>err &&
	printf "a=1\tb=x\n" >expect &&
	test_cmp expect out &&
	test_cmp /dev/null err
'
test_expect_success '-m 2 counts across files' '
	ccfilter -m 2 a=1 -- one in >out &&
	printf "a=1\na=1\tb=x\n" >expect &&
	test_cmp expect out
'
test_expect_success '-m 0 reads nothing and exits 1' '
	test_expect_code 1 ccfilter -m 0 a=1 <in >out &&
	test_cmp /dev/null out
'
test_expect_success '-c -m 1 counts at most 1' '
	ccfilter -c -m 1 a=1 <in >out &&
	echo 1 >expect &&
	test_cmp expect out
'
test_expect_success '-m with a bad number' '
	test_expect_code 2 ccfilter -m x a=1 <in >out 2>err &&
	echo "ccfilter: -m x: invalid" >expect &&
	test_cmp expect err
'
test_expect_success '-l writes each record as it is selected' '
	rm -f fifo && mkfifo fifo &&
	{ ccfilter -l a=1 <fifo >out & } &&
	exec 3>fifo &&
	printf "a=1\tb=live\n" >&3 &&
	i=0 &&
	while [ ! -s out ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done &&
	exec 3>&- &&
	wait &&
	printf "a=1\tb=live\n" >expect &&
	test_cmp expect out
'
test_expect_success 'without -l output to a file waits for the end' '
	rm -f fifo && mkfifo fifo &&
	{ ccfilter a=1 <fifo >out & } &&
	exec 3>fifo &&
	printf "a=1\tb=late\n" >&3 &&
	sleep 0.3 &&
	test_cmp /dev/null out &&
	exec 3>&- &&
	wait &&
	printf "a=1\tb=late\n" >expect &&
	test_cmp expect out
'
printf 'a=1\nbad line\na=2\nB=3\na=1\tb=2\n' >bad
test_expect_success 'a bad line stops the run: name:line, exit 2' '
	test_expect_code 2 ccfilter a=1 -- bad >out 2>err &&
	printf "a=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfilter: bad:2: no \"=\" in field 1 \"bad line\"" >expect &&
	test_cmp expect err
'
test_expect_success '-s skips bad lines and counts them' '
	ccfilter -s a=1 -- bad >out 2>err &&
	printf "a=1\na=1\tb=2\n" >expect &&
	test_cmp expect out &&
	echo "ccfilter: 2 bad lines skipped" >expect &&
	test_cmp expect err
'
test_expect_success '-s with -v: a skipped line is never selected' '
	ccfilter -sv a=1 -- bad >out 2>err &&
	printf "a=2\n" >expect &&
	test_cmp expect out
'
test_expect_success '-L: a longer line is an error' '
	printf "a=1\na=1\tb=0123456789\na=1\n" >long &&
	test_expect_code 2 ccfilter -L 10 a=1 <long >out 2>err &&
	printf "a=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfilter: <stdin>:2: line longer than 10 bytes (raise the limit with -L)" >expect &&
	test_cmp expect err
'
test_expect_success '-L with -s skips it' '
	ccfilter -s -L 10 a=1 <long >out 2>err &&
	printf "a=1\na=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfilter: 1 bad line skipped" >expect &&
	test_cmp expect err
'
test_expect_success '-L with a bad size' '
	test_expect_code 2 ccfilter -L 0 a=1 <in 2>err &&
	echo "ccfilter: -L 0: too small" >expect &&
	test_cmp expect err
'
test_expect_success '-M and -H take sizes' '
	ccfilter -M 100 -H 1M "b~x" <in >out &&
	test_expect_code 2 ccfilter -M 0 a <in 2>err &&
	echo "ccfilter: -M 0: too small" >expect &&
	test_cmp expect err &&
	test_expect_code 2 ccfilter -H 1X a <in 2>err &&
	echo "ccfilter: -H 1X: invalid" >expect &&
	test_cmp expect err
'
test_expect_success '-h prints usage on stdout, exits 0' '
	ccfilter -h >out &&
	test_grep "^usage: ccfilter \[-chlqsVv\] \[-H size\] \[-L size\] \[-M count\] \[-m num\] expression \.\.\. \[-- file \.\.\.\]$" out
'
test_expect_success '-V prints the version' '
	ccfilter -V >out &&
	test_grep "^ccfilter (cc) " out
'
test_expect_success 'a bad option: message and usage on stderr, exit 2' '
	test_expect_code 2 ccfilter -x a=1 <in >out 2>err &&
	test_grep "invalid option" err &&
	test_grep "^usage: ccfilter" err &&
	test_cmp /dev/null out
'
test_expect_success 'no expression is a usage error' '
	test_expect_code 2 ccfilter <in >out 2>err &&
	test_grep "^ccfilter: missing expression$" err &&
	test_grep "^usage: ccfilter" err &&
	test_expect_code 2 ccfilter -l 2>err &&
	test_grep "^ccfilter: missing expression$" err
'
test_expect_success 'files after --, - is stdin, in order' '
	ccfilter a=1 -- one - one <in >out &&
	printf "a=1\na=1\tb=x\na=1\tb=z\na=1\n" >expect &&
	test_cmp expect out
'
test_expect_success 'a file given without -- is an error, not a key' '
	test_expect_code 2 ccfilter a=1 in 2>err &&
	echo "ccfilter: \"in\" (word 2) is a file: file operands go after \"--\" (to test for the key, write \"in~^\")" >expect &&
	test_cmp expect err
'
test_expect_success 'the key of that name is still testable with key~^' '
	printf "in=\n" >k &&
	ccfilter "in~^" -- k >out &&
	test_cmp k out
'
test_expect_success 'a path given without -- gets a hint' '
	test_expect_code 2 ccfilter a=1 ./in 2>err &&
	echo "ccfilter: bad key \"./in\" (word 2) (file operands go after \"--\")" >expect &&
	test_cmp expect err
'
test_expect_success 'error outranks match: missing file, exit 2, rest read' '
	test_expect_code 2 ccfilter a=1 -- one missing one >out 2>err &&
	printf "a=1\na=1\n" >expect &&
	test_cmp expect out &&
	echo "ccfilter: missing: No such file or directory" >expect &&
	test_cmp expect err
'
if test_is_root; then
	test_skip 'unreadable file' 'running as root'
else
	test_expect_success 'error outranks match: unreadable file' '
		cp one locked && chmod 000 locked &&
		test_expect_code 2 ccfilter a=1 -- locked one >out 2>err &&
		printf "a=1\n" >expect &&
		test_cmp expect out &&
		echo "ccfilter: locked: Permission denied" >expect &&
		test_cmp expect err
	'
fi
test_expect_success 'a directory operand is an error' '
	mkdir -p dir &&
	test_expect_code 2 ccfilter a=1 -- dir one >out 2>err &&
	echo "ccfilter: dir: Is a directory" >expect &&
	test_cmp expect err
'
test_done
