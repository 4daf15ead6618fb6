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

/* Whether page_mdy finds y-m-d in s. */
static int
mdy(const char *s, int ey, int em, int ed)
{
	int y, m, d;

	return page_mdy(s, strlen(s), &y, &m, &d) && y == ey && m == em &&
	    d == ed;
}

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
	ok(mdy("Friday, 3 May 2024 | Frankfurt 14\xc2\xb0" "C", 2024, 5, 3),
	    "day first, weekday, trailing text");
	ok(mdy("May 3rd, 2024", 2024, 5, 3), "ordinal day");
	ok(mdy("21st November, 2026", 2026, 11, 21), "ordinal day first");
	ok(mdy("Sat 21 Nov 2026 09:14 GMT", 2026, 11, 21), "short weekday");
	ok(mdy("Updated 14:02, 3 May 2024", 2024, 5, 3), "time first");
	ok(mdy("3 May, 2024", 2024, 5, 3), "comma before the year");
	ok(mdy("2021-07-20T12:49:34.954Z", 2021, 7, 20), "ISO date and time");
	ok(mdy("on 2024/05/03", 2024, 5, 3), "ISO with slashes");
	ok(mdy("21.11.2026", 2026, 11, 21), "day above 12 first");
	ok(mdy("11/21/2026", 2026, 11, 21), "day above 12 second");
	ok(mdy("5.5.2024", 2024, 5, 5), "day and month the same");
	ok(!page_mdy("03.05.2024", 10, &y, &m, &d), "day or month: none");
	ok(!page_mdy("30 February 2024", 16, &y, &m, &d), "no 30 February");
	ok(mdy("29 February 2024", 2024, 2, 29), "a leap day");
	ok(!page_mdy("29 February 2023", 16, &y, &m, &d), "not a leap year");
	ok(!page_mdy("May 2024", 8, &y, &m, &d), "a month is no date");
	ok(!page_mdy("version 1.2.2024", 16, &y, &m, &d), "no version");
	ok(!page_mdy("12345-05-03", 11, &y, &m, &d), "no long number");
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "Beijing, Apr 2 (Prensa Latina)", "dateline found");
	is_mem(src, srclen, "Prensa Latina", "dateline source");
	ok(m == 4 && d == 2 && y == 0, "dateline date without year");
	s = "LONDON, 3 May (Thames Agency) - Ministers said so.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "LONDON, 3 May (Thames Agency) -", "day-first dateline");
	ok(m == 5 && d == 3 && y == 0, "day-first dateline date");
	s = "WASHINGTON, Oct. 4th, 2018 \xe2\x80\x94 Prosecutors said so.";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	is_mem(s, l, "WASHINGTON, Oct. 4th, 2018 \xe2\x80\x94",
	    "dateline with an ordinal and a year");
	ok(m == 10 && d == 4 && y == 2018, "its date");
	s = "PARIS, 21.11.2026 - Ministers said so.";
	ok(page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen) == 0,
	    "a numeric date makes no dateline");
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
	s = "BRUSSELS, 22 October 2020";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	ok(l == strlen(s) && m == 10 && d == 22 && y == 2020,
	    "a dateline alone on its line");
	s = "WASHINGTON, Oct. 4 --";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	ok(l == strlen(s) && m == 10 && d == 4 && y == 0,
	    "a dateline alone with a dash at the end");
	s = "BRUSSELS (Agency)";
	l = page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen);
	ok(l == strlen(s), "an agency alone on its line");
	is_mem(src, srclen, "Agency", "its source");
	s = "Monday, 26 October 2020";
	ok(page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen) == 0,
	    "a date bar alone is no dateline");
	s = "LONDON \xe2\x80\x94";
	ok(page_dateline(s, strlen(s), &m, &d, &y, &src, &srclen) == 0,
	    "a place and a dash alone is no dateline");

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
