#!/bin/sh
# manex.sh PAGE: prints the EXAMPLES of a man page as a shell script that
# checks each command's output against the output the page shows.
#
# In a ".Bd -literal" block of EXAMPLES, a line "$ command" is a command
# and the lines after it, up to the next command or ".Ed", its output.
# The script runs each command with sh -c, writes its output to a file
# and compares it with diff; it stops at the first difference.
awk '
/^\.Sh / { inex = ($2 == "EXAMPLES") }
inex && /^\.Bd -literal/ { inbd = 1; next }
inex && /^\.Ed/ { flush(); inbd = 0; next }
inbd && /^\$ / { flush(); cmd = substr($0, 3); n = 0; have = 1; next }
inbd { gsub(/\\e/, "\\"); gsub(/\\&/, ""); out[++n] = $0 }
function flush(  i) {
	if (!have)
		return
	k++
	printf "cat >expect.%d <<\047EOF_EXPECT\047\n", k
	for (i = 1; i <= n; i++)
		print out[i]
	print "EOF_EXPECT"
	cmd2 = cmd
	gsub(/\047/, "\047\\\047\047", cmd2)
	printf "sh -c \047%s\047 >got.%d || { echo \"example %d failed: \"\047%s\047; exit 1; }\n", cmd2, k, k, cmd2
	printf "diff -u expect.%d got.%d || { echo \"example %d: output differs\"; exit 1; }\n", k, k, k
	have = 0
}
' "$1"
