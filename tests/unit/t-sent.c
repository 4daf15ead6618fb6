/*
 * t-sent: unit tests of lib/sent, the sentence boundary rules.
 */
#include <stdlib.h>
#include <string.h>

#include "sent.h"
#include "tap.h"

static struct sentv sv;

/* Splits s and joins the sentences with " | " into a static buffer. */
static const char *
split(const char *s)
{
	static char out[1024];
	size_t i, o = 0;

	if (sent_split(&sv, s, strlen(s)) < 0)
		return "(error)";
	for (i = 0; i < sv.n; i++) {
		if (i > 0) {
			memcpy(out + o, " | ", 3);
			o += 3;
		}
		memcpy(out + o, s + sv.v[i].start, sv.v[i].end - sv.v[i].start);
		o += sv.v[i].end - sv.v[i].start;
	}
	out[o] = '\0';
	return out;
}

#define T(in, want)	is_mem(split(in), strlen(split(in)), want, "%s", in)

int
main(void)
{
	ok(sent_abbrev("Mr", 2) == SENT_PRE, "Mr is a title");
	ok(sent_abbrev("apr", 3) == SENT_NUM, "apr goes before a number");
	ok(sent_abbrev("Co", 2) == SENT_POST, "Co may end a sentence");
	ok(sent_abbrev("China", 5) == SENT_WORD, "China is a word");
	ok(sent_abbrev("e.g", 3) == SENT_PRE, "e.g never ends one");
	T("One. Two.", "One. | Two.");
	T("", "");
	T("No stop at all", "No stop at all");
	T("At 5 a.m. Mr. Smith left.", "At 5 a.m. Mr. Smith left.");
	T("We and I. Did Albert I. Jones go?",
	    "We and I. | Did Albert I. Jones go?");
	T("She has $100.00. It is hers.", "She has $100.00. | It is hers.");
	T("He said (He was 5.) at noon.", "He said (He was 5.) at noon.");
	T("“Cyber deterrence.” “In the first quarter,” it added.",
	    "“Cyber deterrence.” | “In the first quarter,” it added.");
	T("compounds. . . . The practice.",
	    "compounds. | . . . The practice.");
	T("Bohr [...] used stairways [...] (Smith 55).",
	    "Bohr [...] used stairways [...] (Smith 55).");
	T("1.) First 2.) Second", "1.) First | 2.) Second");
	T("⁃9. First ⁃10. Second", "⁃9. First | ⁃10. Second");
	T("N°. 1026.253.553. That is it.", "N°. 1026.253.553. | That is it.");
	T("Ends here! 2 more came.", "Ends here! | 2 more came.");
	sent_free(&sv);
	return tap_done();
}
