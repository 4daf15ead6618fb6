/*
 * t-split: unit tests of lib/split: the records of a small page in each
 * mode, documents numbered in one input, and -r records with their fields
 * passed through. Records go to stdout, so each run swaps a temporary file
 * in for file descriptor 1.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "split.h"
#include "tap.h"

static char got[4096];

static const char *const page[] = {
	"Agency names state hackers in breach", "",
	"LONDON \xe2\x80\x94 Britain said so. It named them.", "",
	"Leave a comment", "\f", "Second page here. It ends.",
};

/* Splits the page (or record r) in mode; the output is in got. */
static size_t
run(int mode, int keep_boiler, const struct rec *r)
{
	struct split s;
	FILE *f = tmpfile();
	size_t i, n, off = 0;
	int fd;

	fflush(stdout);
	fd = dup(1);
	dup2(fileno(f), 1);
	split_init(&s, mode, keep_boiler, 0, 0);
	if (r != NULL)
		split_record(&s, r, rec_find(r, "text", 0), "in#1");
	else {
		split_begin(&s, "p");
		for (i = 0; i < sizeof(page) / sizeof(page[0]); i++) {
			split_line(&s, page[i], strlen(page[i]), off);
			off += strlen(page[i]) + 1;
		}
		split_end(&s);
	}
	split_free(&s);
	fflush(stdout);
	dup2(fd, 1);
	close(fd);
	rewind(f);
	n = fread(got, 1, sizeof(got) - 1, f);
	got[n] = '\0';
	fclose(f);
	return n;
}

int
main(void)
{
	struct rec r = { 0 };
	struct rec_err e;
	char line[] = "url=u\tdate=2020-01-02\ttext=One. Two.";
	size_t n;

	n = run(SPLIT_SENT, 0, NULL);
	is_mem(got, n,
	    "doc=p\tpar=1\tsent=1\toff=0\tkind=title\t"
	    "text=Agency names state hackers in breach\n"
	    "doc=p\tpar=2\tsent=2\toff=38\tkind=dateline\t"
	    "text=LONDON \xe2\x80\x94\n"
	    "doc=p\tpar=2\tsent=3\toff=49\tkind=body\ttext=Britain said so.\n"
	    "doc=p\tpar=2\tsent=4\toff=66\tkind=body\ttext=It named them.\n"
	    "doc=p#2\tpar=1\tsent=1\toff=0\tkind=body\t"
	    "text=Second page here.\n"
	    "doc=p#2\tpar=1\tsent=2\toff=18\tkind=body\ttext=It ends.\n",
	    "sentences, a dateline with its dash, a form feed");
	n = run(SPLIT_PARA, 1, NULL);
	ok(n > 0 && strstr(got, "doc=p\tpar=3\toff=82\tkind=boiler\t"
	    "text=Leave a comment\n") != NULL, "paragraphs, boilerplate kept");
	n = run(SPLIT_DOC, 0, NULL);
	is_mem(got, n,
	    "doc=p\toff=0\ttext=Agency names state hackers in breach\\n"
	    "LONDON \xe2\x80\x94 Britain said so. It named them.\n"
	    "doc=p#2\toff=0\ttext=Second page here. It ends.\n",
	    "documents");
	if (rec_parse(&r, line, strlen(line), &e) == -1)
		return 1;
	n = run(SPLIT_SENT, 0, &r);
	is_mem(got, n,
	    "doc=in#1\turl=u\tdate=2020-01-02\tpar=1\tsent=1\toff=0\t"
	    "kind=body\ttext=One.\n"
	    "doc=in#1\turl=u\tdate=2020-01-02\tpar=1\tsent=2\toff=5\t"
	    "kind=body\ttext=Two.\n",
	    "a record split, its fields passed through");
	rec_free(&r);
	return tap_done();
}
