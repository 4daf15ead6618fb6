#!/bin/sh
# ccsplit: the date of a page, from the forms news sites print: date bars
# with a weekday, day first, an ordinal, a time or trailing text; bylines,
# "Published" and "Updated" lines; ISO timestamps; datelines without a
# year, which take it from the page's date. Dates of other stories
# (teasers, "All news articles on ...") are not the page's.
. "$(dirname "$0")/lib.sh"
G=$GOLDEN/ccsplit

# date_is PAGE DATE: the one document of PAGE has DATE ("" for none).
date_is() {
	ccsplit -d "$G/$1" >out || return 1
	test "$(wc -l <out)" -eq 1 || return 1
	if test -n "$2"; then
		test_grep "	date=$2	" out
	else
		! grep -q "	date=" out
	fi
}

test_expect_success 'day first after a weekday, a "|" and the weather' '
	date_is date-rhine.txt 2024-05-03
'
test_expect_success 'the dateline "BERLIN, May 3" takes the date bar year' '
	ccsplit "$G/date-rhine.txt" >out &&
	test_grep "kind=dateline	date=2024-05-03	source=Rhine Newswire	text=BERLIN, May 3 (Rhine Newswire)\$" out
'
test_expect_success 'a weekday, month first: the dateline wins over the bar' '
	date_is date-mdy.txt 2024-04-02
'
test_expect_success 'day first, no weekday: 3 May 2024' '
	date_is date-dmy.txt 2024-05-03
'
test_expect_success 'an ordinal day and a time: May 3rd, 2024 - 10:05 AM' '
	date_is date-ordinal.txt 2024-05-03
'
test_expect_success 'a short weekday and a time zone: Sat 21 Nov 2026 09:14 GMT' '
	date_is date-weekday-time.txt 2026-11-21
'
test_expect_success 'numbers, day above 12: 21.11.2026' '
	date_is date-numeric.txt 2026-11-21
'
test_expect_success 'numbers that may be day or month give no date: 03.05.2024' '
	date_is date-ambiguous.txt ""
'
test_expect_success 'Published: 3 May 2024 10:05 BST' '
	date_is date-published.txt 2024-05-03
'
test_expect_success 'Updated 14:02, 3 May 2024' '
	date_is date-updated.txt 2024-05-03
'
test_expect_success 'a byline: By Ann Lee, Oct. 4, 2018' '
	date_is date-byline.txt 2018-10-04
'
test_expect_success 'an abbreviated month, day first: 4 Oct 2018' '
	date_is date-dmy-short.txt 2018-10-04
'
test_expect_success 'an ISO timestamp inside a header line' '
	date_is date-iso.txt 2024-05-03 &&
	date_is date-iso-space.txt 2024-05-03
'
test_expect_success 'a timestamp wins over the date bar' '
	date_is date-stamp-bar.txt 2024-04-20
'
test_expect_success 'the dateline "LONDON, 3 May (Agency) -" takes the bar year' '
	date_is date-london.txt 2024-05-03 &&
	ccsplit "$G/date-london.txt" >out &&
	test_grep "kind=dateline	date=2024-05-03	source=Thames Agency	text=LONDON, 3 May (Thames Agency) -\$" out
'
test_expect_success 'the dateline "WASHINGTON, Oct. 4 —"' '
	date_is date-washington.txt 2018-10-04
'
test_expect_success 'a dateline of Dec. 31 under a bar of 1 January is the year before' '
	date_is date-newyear.txt 2024-12-31
'
test_expect_success 'dates of teasers and "All news articles on" are not the page date' '
	date_is date-teasers.txt ""
'
test_expect_success 'the date records of every page (golden)' '
	ccsplit -b "$G"/date-*.txt >out &&
	sed "s|^doc=[^	]*/|doc=|" out >got &&
	test_cmp "$G/dates.out" got
'
test_expect_success 'a dateline of Jan. 2 under a bar of 31 December is the year after' '
	printf "Tuesday, 31 December 2024\n\nFirm reports breach\n\nOSLO, Jan. 2 (Wire) The firm said so. It was sure.\n" >in &&
	ccsplit -d in >out &&
	test_grep "	date=2025-01-02	" out
'
test_expect_success 'a dateline months after the bar is the year before' '
	printf "Thursday, April 25, 2024\n\nFirm reports breach\n\nOSLO, Sept. 1 (Wire) The firm said so. It was sure.\n" >in &&
	ccsplit -d in >out &&
	test_grep "	date=2023-09-01	" out
'
test_expect_success 'a dateline with its own year wins; one without a page date has none' '
	printf "Thursday, April 25, 2024\n\nFirm reports breach\n\nOSLO, 2 March 2023 (Wire) The firm said so. It was sure.\n" >in &&
	ccsplit -d in >out &&
	test_grep "	date=2023-03-02	" out &&
	printf "Firm reports breach\n\nOSLO, 2 March (Wire) The firm said so. It was sure.\n" >in &&
	ccsplit -d in >out &&
	! grep -q "	date=" out
'
test_expect_success 'labels, "at" a time, long trailing text' '
	for bar in "Date: 3 May 2024" "On Friday, May 3, 2024 at 10:05 a.m." \
	    "Last updated: Friday, May 3, 2024 14:02 GMT | 3 min read" \
	    "3 May 2024, 10:05 | Politics" "5.5.2024"; do
		printf "%s\n\nFirm reports breach in the north\n\nThe firm said so. It was sure.\n" "$bar" >in &&
		ccsplit -d in >out &&
		test_grep "	date=20..-05-0[35]	" out || return 1
	done &&
	for bar in "03/05/2024" "3 May 2024 | Hackers hit the harbour of Bergen again today"; do
		printf "Menu\n\n%s\n\nFirm reports breach in the north\n\nThe firm said so. It was sure.\n" "$bar" >in &&
		ccsplit -d in >out &&
		! grep -q "	date=" out || return 1
	done
'
test_expect_success 'a headline with a date in it is no date bar' '
	printf "Menu\n\nHackers struck on 3 May 2024, police say\n\nThe police said so on Friday. It was sure.\n" >in &&
	ccsplit -d in >out &&
	! grep -q "	date=" out &&
	test_grep "text=Hackers struck on 3 May 2024, police say" out
'
test_done
