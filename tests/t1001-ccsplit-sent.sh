#!/bin/sh
# ccsplit: English sentence boundaries, one case per line of "cases":
# the input paragraph, then the sentences expected, separated by " | ".
. "$(dirname "$0")/lib.sh"

check() {
	printf "%s\n" "$1" >in &&
	ccsplit in >out &&
	sed -n "s/.*	text=//p" out >got &&
	printf "%s\n" "$2" | sed "s/ | /\n/g" >expect &&
	test_cmp expect got
}

test_expect_success 'titles and initials do not end a sentence' '
	check "Mr. Smith met Dr. Jones and Jonas E. Smith at noon. They left." \
	    "Mr. Smith met Dr. Jones and Jonas E. Smith at noon. | They left."
'
test_expect_success 'U.S. ends a sentence only before a sentence starter' '
	check "I work for the U.S. Government in Virginia. I live in the U.S. How about you?" \
	    "I work for the U.S. Government in Virginia. | I live in the U.S. | How about you?"
'
test_expect_success 'months and numbers: Apr. 2, 5.31 million, 2.5%' '
	check "On Apr. 2 the count rose to 5.31 million, up 2.5%. It fell later." \
	    "On Apr. 2 the count rose to 5.31 million, up 2.5%. | It fell later."
'
test_expect_success 'Co. ends a sentence before a capital, not before lower case' '
	check "They met Pitt & Co. at noon. They sold to Briggs & Co. It closed." \
	    "They met Pitt & Co. at noon. | They sold to Briggs & Co. | It closed."
'
test_expect_success 'e.g. and i.e. never end a sentence' '
	check "Some states, e.g. China, deny it. Others, i.e. Russia, say nothing." \
	    "Some states, e.g. China, deny it. | Others, i.e. Russia, say nothing."
'
test_expect_success 'a closing quote stays with its sentence' '
	check "He said, \"This is great.\" She agreed." \
	    "He said, \"This is great.\" | She agreed."
'
test_expect_success 'a quotation of several sentences is split inside' '
	check "“This was made up. It is a smear. China will never accept it.” Zhao said more." \
	    "“This was made up. | It is a smear. | China will never accept it.” | Zhao said more."
'
test_expect_success 'lower case after a quote continues the sentence' '
	check "“Like a thief yelling ‘thief!’ “affirmed the text. Then it ended." \
	    "“Like a thief yelling ‘thief!’ “affirmed the text. | Then it ended."
'
test_expect_success 'a stray quote at the paragraph end stays' '
	check "The aim of blaming China. “" "The aim of blaming China. “"
'
test_expect_success 'URLs and e-mail addresses' '
	check "Write to jane.doe@example.com. See https://www.example.50.com/a.html. Done." \
	    "Write to jane.doe@example.com. | See https://www.example.50.com/a.html. | Done."
'
test_expect_success 'numbered and lettered lists' '
	check "1. The first item 2. The second item" "1. The first item | 2. The second item" &&
	check "a. One b. Two c. Three" "a. One | b. Two | c. Three" &&
	check "1) First. 2) Second." "1) First. | 2) Second."
'
test_expect_success 'bullets' '
	check "• 9. The first item • 10. The second item" \
	    "• 9. The first item | • 10. The second item"
'
test_expect_success 'ellipses: three dots go on, four end' '
	check "I wasn’t really ... well . . . I didn’t mean it. I never meant that.... She left." \
	    "I wasn’t really ... well . . . I didn’t mean it. | I never meant that.... | She left."
'
test_expect_success 'no space after the full stop' '
	check "Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot." \
	    "Hello world. | Today is Tuesday. | Mr. Smith bought 1,000. | That is a lot."
'
test_expect_success 'question and exclamation marks, Yahoo! in a name' '
	check "Hello?! Is that you? She works at Yahoo! in sales." \
	    "Hello?! | Is that you? | She works at Yahoo! in sales."
'
test_expect_success 'page glitches are kept as printed' '
	check "the US intelligence agreement. ., UK, Canada. outside the borders. that control servers." \
	    "the US intelligence agreement. ., UK, Canada. outside the borders. that control servers."
'
test_expect_success 'a soft-wrapped line joins the next one' '
	printf "It was a cold \nnight in the city.\nThis is a sentence\ncut off by a pdf.\n" >in &&
	ccsplit in >out &&
	sed -n "s/.*	text=//p" out >got &&
	printf "It was a cold night in the city.\nThis is a sentence cut off by a pdf.\n" >expect &&
	test_cmp expect got
'
test_expect_success 'lines of a list stay apart' '
	printf "features\ncontact manager\nevents, activities\n" >in &&
	ccsplit in >out &&
	sed -n "s/.*	text=//p" out >got &&
	printf "features\ncontact manager\nevents, activities\n" >expect &&
	test_cmp expect got
'
test_done
