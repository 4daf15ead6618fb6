/*
 * t-page: unit tests of lib/page: dates, datelines, and the kinds of the
 * paragraphs of a small page.
 */
#include <string.h>

#include "page.h"
#include "tap.h"

static const char *const lines[] = {
	"Site Name", "Menu", "Thursday, April 25, 2024", "",
	"Hackers hit the city portal", "",
	"Beijing, Apr 2 (Prensa Latina) The portal failed on Monday. It is "
	    "back now, officials said.", "",
	"A short crosshead here", "",
	"The city said that repairs would take a week. Nobody was hurt.", "",
	"Source: EFE", "", "Leave a Comment",
};

int
main(void)
{
	struct page pg;
	const char *src;
	size_t i, srclen, off = 0, l;
	int y, m, d;
	long n;
	const char *s = "Beijing, Apr 2 (Prensa Latina) China said it.";

	ok(page_mdy("Thursday, April 25, 2024", 24, &y, &m, &d) &&
	    y == 2024 && m == 4 && d == 25, "date bar parsed");
	ok(page_mdy("By staff, Oct. 4, 2018", 22, &y, &m, &d) &&
	    y == 2018 && m == 10 && d == 4, "byline date parsed");
	ok(!page_mdy("in May we left", 14, &y, &m, &d), "no date");
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "Beijing, Apr 2 (Prensa Latina)", "dateline found");
	is_mem(src, srclen, "Prensa Latina", "dateline source");
	ok(m == 4 && d == 2 && y == 0, "dateline date without year");
	s = "CANBERRA, July 9 (Southern Cross Press) - Australia's agency "
	    "said so.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "CANBERRA, July 9 (Southern Cross Press) -",
	    "the hyphen belongs to the dateline");
	ok(m == 7 && d == 9, "dateline July 9");
	is_mem(src, srclen, "Southern Cross Press", "dateline source");
	s = "WASHINGTON (Agency) \xe2\x80\x94 The FBI said so.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "WASHINGTON (Agency) \xe2\x80\x94",
	    "the em dash belongs to the dateline");
	s = "LONDON \xe2\x80\x94 Britain said on Monday it was Russia.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "LONDON \xe2\x80\x94", "a place in capitals and a dash");
	ok(src == NULL && m == 0, "no source, no date");
	s = "LONDON\xe2\x80\x94" "Britain said so.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "LONDON\xe2\x80\x94", "an em dash without spaces");
	s = "London \xe2\x80\x94 Britain said so.";
	ok(page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen) == 0,
	    "a place in mixed case and a dash alone is no dateline");
	ok(page_dateline("HOME - WORLD - TECH", 19, &m, &d, &y, &src,
	    &srclen) == 0, "a menu is no dateline");
	ok(page_dateline("China said. It did.", 19, &m, &d, &y, &src,
	    &srclen) == 0, "no dateline in a sentence");

	page_init(&pg, 1);
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		page_line(&pg, lines[i], strlen(lines[i]), off);
		off += strlen(lines[i]) + 1;
	}
	n = page_decide(&pg, 1);
	ok(n == 9, "nine paragraphs (%ld)", n);
	ok(pg.p[0].kind == PAGE_BOILER && pg.p[1].kind == PAGE_BOILER &&
	    pg.p[2].kind == PAGE_BOILER, "header is boilerplate");
	ok(pg.p[3].kind == PAGE_TITLE, "headline");
	ok(pg.p[4].kind == PAGE_BODY && pg.p[4].dlen == 30, "dateline body");
	ok(pg.p[5].kind == PAGE_TITLE, "crosshead");
	ok(pg.p[6].kind == PAGE_BODY, "body");
	ok(pg.p[7].kind == PAGE_BOILER && pg.p[8].kind == PAGE_BOILER,
	    "credit line and comment prompt are boilerplate");
	ok(strcmp(pg.docs[0].date, "2024-04-02") == 0, "date %s",
	    pg.docs[0].date);
	ok(strcmp(pg.docs[0].source, "Prensa Latina") == 0, "source %s",
	    pg.docs[0].source);
	ok(page_off(&pg, 3, 0) == 41, "headline offset");
	page_release(&pg, n);
	ok(pg.n == 0, "released");
	page_free(&pg);
	return tap_done();
}
