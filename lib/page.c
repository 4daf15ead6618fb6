/*
 * page: paragraphs, document boundaries, kinds, date and source of
 * scraped news pages (see page.h).
 *
 * A page is read in three zones. The header runs to the first paragraph
 * of prose (or one opening with a dateline); the headline is the nearest
 * headline-like line above it, everything else there is boilerplate. The
 * body follows; in it a short line without sentence punctuation is a
 * crosshead when prose follows it, else boilerplate, and a footer prompt
 * (comments, "You may also like", copyright) opens the footer, which is
 * all boilerplate. In one input, a new document starts at a form feed, or
 * where a headline and evidence of a new article (a header line, a
 * dateline, or prose after a footer) follow the prose of the last one;
 * footer material never starts one (next_page). Prompt phrases are data
 * in the table below.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"

enum {
	F_ENDP = 1 << 0,	/* ends with . ! or ? */
	F_TRUNC = 1 << 1,	/* ends with an ellipsis: a cut teaser */
	F_BULLET = 1 << 2,
	F_WEAK = 1 << 3,	/* a prompt word, boilerplate when short */
	F_STRONG = 1 << 4,	/* a prompt phrase: always boilerplate */
	F_FOOT = 1 << 5,	/* a prompt that opens the footer */
	F_LIST = 1 << 6,	/* heads a list of links */
	F_LATIN = 1 << 7,	/* placeholder Latin */
	F_CREDIT = 1 << 8,	/* "Source: X" */
	F_DATEBAR = 1 << 9,	/* a line that is only a date */
	F_STAMP = 1 << 10,	/* an ISO timestamp line */
	F_BYLINE = 1 << 11,
	F_NAV = 1 << 12,	/* "Home | World | ..." */
	F_TAIL = 1 << 13,	/* only ever at a page's foot: "Privacy" */
	F_CHROME = 1 << 14,	/* only ever in a page's header: "Menu" */
	F_UPDATED = 1 << 15,	/* "Updated 3 hours ago" */
	F_ISOTIME = 1 << 16	/* an ISO date and time in a short line */
};

enum { Z_HEAD, Z_BODY, Z_FOOT };

#define HAS(pp, f)	(((pp)->flags & (f)) != 0)

/*
 * Match kinds: the whole line, a part of a line of a few words, or the
 * start of a line of at most twelve words (prompts that run on: "Comments
 * are closed for this article.", "Tags: China, Russia").
 */
enum { M_LINE, M_PART, M_START };

struct pattern {
	const char	*s;
	int		 how;
	unsigned	 flags;
};

static const struct pattern patterns[] = {
	/*
	 * Footer openers: comment prompts, teaser lists, copyright. Each
	 * opens the footer, so none may be words that prose uses ("copyright
	 * theft", "the report will not be published").
	 */
	{ "leave a comment", M_PART, F_STRONG | F_FOOT },
	{ "leave a reply", M_PART, F_STRONG | F_FOOT },
	{ "post a comment", M_PART, F_STRONG | F_FOOT },
	{ "add a comment", M_START, F_STRONG | F_FOOT },
	{ "write a comment", M_START, F_STRONG | F_FOOT },
	{ "click to comment", M_PART, F_STRONG | F_FOOT },
	{ "click here to comment", M_PART, F_STRONG | F_FOOT },
	{ "comments (", M_PART, F_STRONG | F_FOOT },
	{ "comments are closed", M_START, F_STRONG | F_FOOT },
	{ "comments closed", M_START, F_STRONG | F_FOOT },
	{ "commenting is closed", M_START, F_STRONG | F_FOOT },
	{ "be the first to comment", M_START, F_STRONG | F_FOOT },
	{ "join the conversation", M_START, F_STRONG | F_FOOT },
	{ "join the discussion", M_START, F_STRONG | F_FOOT },
	{ "log in to comment", M_START, F_STRONG | F_FOOT },
	{ "sign in to comment", M_START, F_STRONG | F_FOOT },
	{ "show comments", M_START, F_STRONG | F_FOOT },
	{ "view comments", M_START, F_STRONG | F_FOOT },
	{ "hide comments", M_START, F_STRONG | F_FOOT },
	{ "comments", M_LINE, F_STRONG | F_FOOT },
	{ "you may also like", M_PART, F_STRONG | F_FOOT },
	{ "you might also like", M_PART, F_STRONG | F_FOOT },
	{ "you may like", M_LINE, F_STRONG | F_FOOT },
	{ "related stories", M_LINE, F_STRONG | F_FOOT },
	{ "related articles", M_LINE, F_STRONG | F_FOOT },
	{ "related posts", M_LINE, F_STRONG | F_FOOT },
	{ "related news", M_LINE, F_STRONG | F_FOOT },
	{ "related coverage", M_LINE, F_STRONG | F_FOOT },
	{ "related content", M_LINE, F_STRONG | F_FOOT },
	{ "related reading", M_LINE, F_STRONG | F_FOOT },
	{ "related topics", M_LINE, F_STRONG | F_FOOT },
	{ "more stories", M_LINE, F_STRONG | F_FOOT },
	{ "more on this story", M_LINE, F_STRONG | F_FOOT },
	{ "most read", M_LINE, F_STRONG | F_FOOT },
	{ "most viewed", M_LINE, F_STRONG | F_FOOT },
	{ "most popular", M_LINE, F_STRONG | F_FOOT },
	{ "read next", M_LINE, F_STRONG | F_FOOT },
	{ "top stories", M_LINE, F_STRONG | F_FOOT },
	{ "editor's picks", M_LINE, F_STRONG | F_FOOT },
	{ "trending", M_LINE, F_STRONG | F_FOOT },
	{ "trends 24h", M_LINE, F_STRONG | F_FOOT },
	{ "latest", M_LINE, F_STRONG | F_FOOT },
	{ "latest news", M_LINE, F_STRONG | F_FOOT },
	{ "share this article", M_PART, F_STRONG | F_FOOT },
	{ "share this story", M_PART, F_STRONG | F_FOOT },
	{ "all news articles on", M_PART, F_STRONG | F_FOOT },
	{ "tags:", M_START, F_STRONG | F_FOOT },
	{ "topics:", M_START, F_STRONG | F_FOOT },
	{ "filed under", M_START, F_STRONG | F_FOOT },
	{ "copyright", M_START, F_STRONG | F_FOOT },
	{ "\xc2\xa9", M_PART, F_STRONG | F_FOOT },
	{ "all rights reserved", M_PART, F_STRONG | F_FOOT },
	{ "you must be logged in", M_PART, F_STRONG | F_FOOT },
	{ "email address will not be published", M_PART, F_STRONG | F_FOOT },
	{ "required fields are marked", M_PART, F_STRONG | F_FOOT },
	{ "information on this site", M_PART, F_STRONG | F_FOOT },
	{ "views expressed within", M_PART, F_STRONG | F_FOOT },
	{ "views expressed in this", M_PART, F_STRONG | F_FOOT },
	{ "back to top", M_LINE, F_STRONG | F_FOOT },
	/* Lines of a page's foot that do not open a footer of their own. */
	{ "privacy", M_PART, F_TAIL },
	{ "terms of", M_PART, F_TAIL },
	{ "terms and conditions", M_PART, F_TAIL },
	{ "contact us", M_PART, F_TAIL },
	{ "about us", M_PART, F_TAIL },
	/* Lists of links: the lines under them are boilerplate too. */
	{ "more information", M_LINE, F_STRONG | F_LIST },
	{ "read more", M_LINE, F_STRONG | F_LIST },
	{ "read more:", M_START, F_STRONG },
	{ "read also", M_LINE, F_STRONG | F_LIST },
	{ "read also:", M_START, F_STRONG },
	{ "also read", M_LINE, F_STRONG | F_LIST },
	{ "also read:", M_START, F_STRONG },
	{ "see also", M_LINE, F_STRONG | F_LIST },
	{ "see also:", M_START, F_STRONG },
	{ "related", M_LINE, F_STRONG | F_LIST },
	{ "related:", M_START, F_STRONG },
	/* Prompts and labels anywhere. */
	{ "accept cookies", M_PART, F_STRONG | F_CHROME },
	{ "we use cookies", M_PART, F_STRONG | F_CHROME },
	{ "cookie policy", M_PART, F_STRONG | F_CHROME },
	{ "skip to content", M_PART, F_STRONG | F_CHROME },
	{ "skip to main content", M_PART, F_STRONG | F_CHROME },
	{ "advertisement", M_LINE, F_STRONG },
	{ "english edition", M_LINE, F_STRONG | F_CHROME },
	{ "connect with us", M_LINE, F_STRONG },
	{ "follow us on", M_START, F_STRONG },
	{ "sign up for", M_START, F_STRONG },
	{ "subscribe to our", M_START, F_STRONG },
	{ "get our newsletter", M_START, F_STRONG },
	{ "our newsletter", M_PART, F_WEAK },
	{ "share on", M_START, F_STRONG },
	{ "share:", M_START, F_STRONG },
	{ "follow us", M_PART, F_WEAK },
	{ "search", M_PART, F_WEAK | F_CHROME },
	{ "looking for", M_PART, F_WEAK },
	{ "sign in", M_PART, F_WEAK | F_CHROME },
	{ "log in", M_PART, F_WEAK | F_CHROME },
	{ "login", M_PART, F_WEAK | F_CHROME },
	{ "subscribe", M_PART, F_WEAK },
	{ "newsletter", M_PART, F_WEAK },
	{ "menu", M_LINE, F_WEAK | F_CHROME },
	{ "home", M_LINE, F_WEAK | F_CHROME },
	/* Time lines under a headline; no headline themselves. */
	{ "updated", M_START, F_UPDATED },
	{ "last updated", M_START, F_UPDATED },
	{ "published", M_START, F_UPDATED },
	{ "posted", M_START, F_UPDATED },
	/* Placeholder Latin, looked for in paragraphs of any length. */
	{ "lorem ipsum", M_PART, F_LATIN },
	{ "dolor sit amet", M_PART, F_LATIN },
	{ "sed ut perspiciatis", M_PART, F_LATIN },
	{ "consectetur adipiscing", M_PART, F_LATIN },
};

/*
 * Pattern indices by their first two bytes, built once: a chain of all
 * patterns for the start of a line, and one of the M_PART patterns for
 * the other word starts, which are most of the look-ups.
 */
static signed char pat_head[256 * 256], pat_next[128];
static signed char part_head[256 * 256], part_next[128];
_Static_assert(sizeof(patterns) / sizeof(patterns[0]) <= 127,
    "pattern indices are signed chars");
static size_t pat_len[128];
static int pat_inited;

static unsigned char lc[256];		/* ASCII lower case */

/* Byte classes for datelines: a table, as the profile showed ctype. */
enum { C_PLACE = 1, C_LOWER = 2 };
static unsigned char ctab[256];

/* Whether s[0..n) equals the lower-case p, ignoring ASCII case. */
static int
ci_eq(const char *s, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (lc[(unsigned char)s[i]] != (unsigned char)p[i])
			return 0;
	return 1;
}

static void
pat_init(void)
{
	size_t i, n = sizeof(patterns) / sizeof(patterns[0]);
	unsigned char c;
	unsigned h;

	for (i = 0; i < 256; i++) {
		lc[i] = tolower((int)i);
		/* A place name: letters, UTF-8, full stops, apostrophes. */
		ctab[i] = (isalpha((int)i) || i >= 0x80 || i == '.' ||
		    i == '\'' ? C_PLACE : 0) | (islower((int)i) ? C_LOWER : 0);
	}
	memset(pat_head, -1, sizeof(pat_head));
	memset(part_head, -1, sizeof(part_head));
	for (i = n; i-- > 0;) {
		c = (unsigned char)patterns[i].s[0];
		pat_len[i] = strlen(patterns[i].s);
		h = c << 8 | (unsigned char)patterns[i].s[1];
		pat_next[i] = pat_head[h];
		pat_head[h] = (signed char)i;
		if (patterns[i].how == M_PART) {
			part_next[i] = part_head[h];
			part_head[h] = (signed char)i;
		}
	}
	pat_inited = 1;
}

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};
static const size_t month_len[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };

const char *const page_kinds[] = { "body", "title", "dateline", "boiler" };

void
page_init(struct page *pg, int detect)
{
	memset(pg, 0, sizeof(*pg));
	pg->detect = detect;
	pg->lastend = 1;
}

void
page_reset(struct page *pg)
{
	struct page keep = *pg;

	memset(pg, 0, sizeof(*pg));
	pg->t.b = keep.t.b;
	pg->t.map = keep.t.map;
	pg->t.capmap = keep.t.capmap;
	pg->p = keep.p;
	pg->cap = keep.cap;
	pg->docs = keep.docs;
	pg->capdocs = keep.capdocs;
	pg->sv = keep.sv;
	buf_reset(&pg->t.b);
	pg->detect = keep.detect;
	pg->lastend = 1;
}

void
page_free(struct page *pg)
{
	text_free(&pg->t);
	free(pg->p);
	free(pg->docs);
	sent_free(&pg->sv);
	memset(pg, 0, sizeof(*pg));
}

/* Whether the code point at s is a closing quote or bracket; its length. */
static size_t
closer_before(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n == 0)
		return 0;
	switch (u[n - 1]) {
	case '"': case '\'': case ')': case ']': case ' ':
		return 1;
	}
	if (n >= 3 && u[n - 3] == 0xe2 && u[n - 2] == 0x80 &&
	    (u[n - 1] == 0x9d || u[n - 1] == 0x99 || u[n - 1] == 0x9c))
		return 3;
	return 0;
}

static int
is_bulletp(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 1;
	return n >= 3 && u[0] == 0xe2 && ((u[1] == 0x80 &&
	    (u[2] == 0xa2 || u[2] == 0xa3)) || (u[1] == 0x81 && u[2] == 0x83));
}

/* Finds a month name at s; returns its length (with a full stop). */
static size_t
month_at(const char *s, size_t n, int *m)
{
	size_t i, l, k;

	switch (s[0] | 0x20) {
	case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n':
	case 'd':
		break;
	default:
		return 0;
	}
	if (n < 3)
		return 0;
	for (l = 0; l < n && isalpha((unsigned char)s[l]); l++)
		;
	if (l < 3 || l > 9)
		return 0;
	for (i = 0; i < 12; i++) {
		if (l > month_len[i] || (s[0] | 0x20) != months[i][0])
			continue;
		for (k = 0; k < l; k++)
			if (tolower((unsigned char)s[k]) != months[i][k])
				break;
		if (k < l)
			continue;
		/* Whole names, or abbreviations of 3 letters (Sept too). */
		if (l != month_len[i] && l != 3 && !(i == 8 && l == 4))
			continue;
		*m = i + 1;
		return l < n && s[l] == '.' && l != month_len[i] ? l + 1 : l;
	}
	return 0;
}

static size_t
number_at(const char *s, size_t n, size_t maxd, int *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < n && i < maxd && isdigit((unsigned char)s[i]); i++)
		*v = *v * 10 + (s[i] - '0');
	if (i < n && isdigit((unsigned char)s[i]))
		return 0;
	return i;
}

/* Days in month m of year y (y 0: unknown, so February has 29). */
static int
mdays(int y, int m)
{
	static const unsigned char md[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && y != 0 && (y % 4 != 0 || (y % 100 == 0 &&
	    y % 400 != 0)))
		return 28;
	return md[m - 1];
}

static int
valid_date(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

/* A day of the month at s, with an ordinal suffix ("3rd"); its length. */
static size_t
day_at(const char *s, size_t n, int *d)
{
	size_t k;

	if ((k = number_at(s, n, 2, d)) == 0 || *d < 1 || *d > 31)
		return 0;
	if (k + 2 <= n && (ci_eq(s + k, "st", 2) || ci_eq(s + k, "nd", 2) ||
	    ci_eq(s + k, "rd", 2) || ci_eq(s + k, "th", 2)))
		k += 2;
	if (k < n && isalnum((unsigned char)s[k]))
		return 0;
	return k;
}

/* A year of four digits after a space (or ", "); its length, or 0. */
static size_t
year_after(const char *s, size_t n, int *y)
{
	size_t i = 0;

	if (i < n && s[i] == ',')
		i++;
	if (i >= n || s[i] != ' ')
		return 0;
	i++;
	if (number_at(s + i, n - i, 4, y) != 4 || (i + 4 < n &&
	    isalpha((unsigned char)s[i + 4])))
		return 0;
	return i + 4;
}

/*
 * Numbers a, b and a year c: an ISO date (a the year) or day and month
 * when only one order is possible: a day above 12, or both the same.
 */
static int
numeric_ymd(int a, int b, int c, int iso, int *y, int *m, int *d)
{
	if (iso) {
		*y = a;
		*m = b;
		*d = c;
	} else if (a > 12 && b <= 12) {
		*d = a;
		*m = b;
		*y = c;
	} else if (b > 12 && a <= 12) {
		*m = a;
		*d = b;
		*y = c;
	} else if (a == b) {
		*d = *m = a;
		*y = c;
	} else
		return 0;
	return *y >= 1000 && valid_date(*y, *m, *d);
}

/*
 * A date starting at s: "May 3, 2024", "May 3rd 2024", "Oct. 4, 2018",
 * "3 May 2024", "3 May, 2024", "2024-05-03", "2024/05/03", "21.11.2026",
 * "21/11/2026". The year may be left out of the forms with a month name
 * when needyear is 0 (*y is then 0). Returns its length, or 0.
 */
static size_t
date_at(const char *s, size_t n, int needyear, int *y, int *m, int *d)
{
	size_t i, k, l;
	int a, b, c;
	char sep;

	*y = 0;
	if ((l = month_at(s, n, m)) > 0) {
		/* Month D[, YYYY] */
		if (l >= n || s[l] != ' ' ||
		    (k = day_at(s + l + 1, n - l - 1, d)) == 0)
			return 0;
		i = l + 1 + k;
		if ((k = year_after(s + i, n - i, y)) > 0)
			i += k;
		else if (needyear)
			return 0;
		return valid_date(*y, *m, *d) ? i : 0;
	}
	if ((k = day_at(s, n, d)) > 0 && k < n && s[k] == ' ' &&
	    (l = month_at(s + k + 1, n - k - 1, m)) > 0) {
		/* D Month[ YYYY] */
		i = k + 1 + l;
		if (i < n && isalpha((unsigned char)s[i]))
			return 0;
		if ((k = year_after(s + i, n - i, y)) > 0)
			i += k;
		else if (needyear)
			return 0;
		return valid_date(*y, *m, *d) ? i : 0;
	}
	/* Numeric: YYYY-MM-DD, YYYY/MM/DD, D.M.YYYY, D/M/YYYY, D-M-YYYY. */
	if ((k = number_at(s, n, 4, &a)) == 0 || (k != 4 && k > 2) || k >= n)
		return 0;
	sep = s[k];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	i = k + 1;
	if ((l = number_at(s + i, n - i, 2, &b)) == 0 || i + l >= n ||
	    s[i + l] != sep)
		return 0;
	i += l + 1;
	if ((l = number_at(s + i, n - i, k == 4 ? 2 : 4, &c)) == 0 ||
	    (k != 4 && l != 4) || (i + l < n && isalnum((unsigned char)
	    s[i + l]) && !(k == 4 && s[i + l] == 'T')))
		return 0;	/* an ISO date may run on into its time */
	if (k == 4 && sep == '.')
		return 0;
	if (!numeric_ymd(a, b, c, k == 4, y, m, d))
		return 0;
	return i + l;
}

/* Whether a word may start at s[i]: the start, or after a space or bracket. */
#define WORDSTART(s, i)	((i) == 0 || (s)[(i) - 1] == ' ' || \
	(s)[(i) - 1] == '(' || (s)[(i) - 1] == '[')

int
page_mdy(const char *s, size_t n, int *y, int *m, int *d)
{
	size_t i;

	if (!pat_inited)
		pat_init();
	for (i = 0; i < n; i++)
		if (WORDSTART(s, i) && (isalnum((unsigned char)s[i])) &&
		    date_at(s + i, n - i, 1, y, m, d) > 0)
			return 1;
	return 0;
}

/*
 * A time at s: "14:02", "9:14:05", "10:05 AM", "10:05 a.m.", with a zone
 * in capitals ("GMT", "BST", "ET") or an offset ("+02:00"); its length.
 */
static size_t
time_at(const char *s, size_t n)
{
	size_t i, k;
	int h, mi;

	if ((k = number_at(s, n, 2, &h)) == 0 || h > 24 || k >= n ||
	    s[k] != ':' || number_at(s + k + 1, n - k - 1, 2, &mi) != 2)
		return 0;
	i = k + 3;
	while (i < n && (isdigit((unsigned char)s[i]) || s[i] == ':' ||
	    s[i] == '.' || s[i] == '+' || s[i] == '-' || s[i] == 'Z'))
		i++;
	if (i + 3 <= n && s[i] == ' ' && (ci_eq(s + i + 1, "am", 2) ||
	    ci_eq(s + i + 1, "pm", 2)) && (i + 3 == n ||
	    !isalpha((unsigned char)s[i + 3])))
		i += 3;
	else if (i + 5 <= n && s[i] == ' ' && (ci_eq(s + i + 1, "a.m.", 4) ||
	    ci_eq(s + i + 1, "p.m.", 4)))
		i += 5;
	if (i + 1 < n && s[i] == ' ' && isupper((unsigned char)s[i + 1])) {
		for (k = i + 1; k < n && isupper((unsigned char)s[k]); k++)
			;
		if (k - i - 1 >= 2 && k - i - 1 <= 4 && (k == n ||
		    !isalpha((unsigned char)s[k])))
			i = k;
	}
	return i;
}

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
};
static const size_t wday_len[] = { 6, 7, 9, 8, 6, 8, 6 };

/* A weekday at s, whole or cut to 3 or 4 letters ("Sat", "Thurs"). */
static size_t
weekday_at(const char *s, size_t n)
{
	size_t l, i;

	for (l = 0; l < n && isalpha((unsigned char)s[l]); l++)
		;
	if (l < 3 || l > 9)
		return 0;
	for (i = 0; i < 7; i++)
		if (lc[(unsigned char)s[0]] == (unsigned char)weekdays[i][0] &&
		    l <= wday_len[i] && ci_eq(s, weekdays[i], l) &&
		    (l == wday_len[i] || l <= 3 || (l <= 5 &&
		    (i == 1 || i == 3))))
			return l < n && s[l] == '.' ? l + 1 : l;
	return 0;
}

static size_t	dash_at(const char *, size_t);

/* Labels before a date bar's date. */
static const char *const date_labels[] = {
	"last updated", "published on", "published", "updated on",
	"updated", "posted on", "posted", "date", "on",
};

/*
 * A line that shows a date near its start: weekday, label ("Published:")
 * and time may come first, and after it a time, or a separator ("|",
 * "-", a dash, "\xc2\xb7") and a few words ("| Frankfurt 14\xc2\xb0C").
 */
static int
page_datebar(const char *s, size_t n, int *y, int *m, int *d)
{
	size_t i = 0, k, l, j, words;
	int round;

	for (round = 0; round < 4; round++) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		if ((k = weekday_at(s + i, n - i)) > 0) {
			i += k;
			continue;
		}
		if ((k = time_at(s + i, n - i)) > 0) {
			i += k;
			continue;
		}
		for (j = 0; j < sizeof(date_labels) / sizeof(date_labels[0]);
		    j++) {
			if (i >= n || lc[(unsigned char)s[i]] !=
			    (unsigned char)date_labels[j][0])
				continue;
			l = strlen(date_labels[j]);
			if (l < n - i && ci_eq(s + i, date_labels[j], l) &&
			    (s[i + l] == ' ' || s[i + l] == ':'))
				break;
		}
		if (j == sizeof(date_labels) / sizeof(date_labels[0]))
			break;
		i += l;
		if (s[i] == ':')
			i++;
	}
	if (i >= n || (k = date_at(s + i, n - i, 1, y, m, d)) == 0)
		return 0;
	i += k;
	/* An ISO date's time: "T12:49:34.954Z". */
	if (i + 1 < n && s[i] == 'T' && (k = time_at(s + i + 1,
	    n - i - 1)) > 0)
		i += 1 + k;
	for (;;) {
		/* A time after it: " 09:14 GMT", ", 10:05", " at 10:05 a.m." */
		if (i + 4 < n && s[i] == ' ' && ci_eq(s + i + 1, "at ", 3) &&
		    (k = time_at(s + i + 4, n - i - 4)) > 0)
			i += 4 + k;
		else if (i + 1 < n && (s[i] == ' ' || s[i] == ',') &&
		    (k = time_at(s + i + 1 + (s[i] == ',' && i + 2 < n &&
		    s[i + 1] == ' '), n - i - 1 - (s[i] == ',' &&
		    i + 2 < n && s[i + 1] == ' '))) > 0)
			i += 1 + (s[i] == ',' && s[i + 1] == ' ') + k;
		else
			break;
	}
	if (i == n)
		return 1;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && (s[i] == '|' || s[i] == '-' || s[i] == ',' ||
	    s[i] == '/' || s[i] == '(' || dash_at(s + i, n - i) > 0 ||
	    (i + 1 < n && (unsigned char)s[i] == 0xc2 &&
	    (unsigned char)s[i + 1] == 0xb7) ||
	    (i + 2 < n && memcmp(s + i, "\xe2\x80\xa2", 3) == 0))) {
		/* A few words after the separator, not a teaser. */
		for (words = 0; i < n; i++)
			words += s[i] == ' ';
		return words <= 5;
	}
	return 0;
}

/* An ISO date with a time ("2024-05-03T10:05", "2024-05-03 10:05") in s. */
static int
iso_time_in(const char *s, size_t n, int *y, int *m, int *d)
{
	const char *p = s;
	size_t i, k;

	while ((p = memchr(p, '-', n - (p - s))) != NULL) {
		i = p - s;
		p++;
		if (i < 4 || !WORDSTART(s, i - 4))
			continue;
		if ((k = date_at(s + i - 4, n - i + 4, 1, y, m, d)) != 10)
			continue;
		k += i - 4;
		if (k + 1 < n && (s[k] == 'T' || s[k] == ' ') &&
		    time_at(s + k + 1, n - k - 1) > 0)
			return 1;
	}
	return 0;
}

/* Days from 0000-03-01 to y-m-d, for comparing dates. */
static long
day_num(int y, int m, int d)
{
	if (m <= 2) {
		y--;
		m += 12;
	}
	return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 +
	    d - 1;
}

/*
 * The year of a dateline's month and day, from the page's date ry-rm-rd:
 * the one that puts it at most a week after that date and less than a
 * year before (a dateline of Dec 31 under a date of 1 January 2025 is
 * 2024-12-31).
 */
static int
dateline_year(int m, int d, int ry, int rm, int rd)
{
	long ref = day_num(ry, rm, rd), x;
	int y;

	for (y = ry + 1; y >= ry - 1; y--) {
		if (!valid_date(y, m, d))
			continue;
		x = day_num(y, m, d);
		if (x <= ref + 7 && x > ref - 359)
			return y;
	}
	return valid_date(ry, m, d) ? ry : 0;
}

/* An ISO date with an optional time: the whole of s. */
static int
is_stamp(const char *s, size_t n, int *y, int *m, int *d)
{
	size_t i;

	if (n < 10 || number_at(s, n, 4, y) != 4 || s[4] != '-' ||
	    number_at(s + 5, n - 5, 2, m) != 2 || s[7] != '-' ||
	    number_at(s + 8, n - 8, 2, d) != 2 || *m < 1 || *m > 12 ||
	    *d < 1 || *d > 31)
		return 0;
	if (n == 10)
		return 1;
	if (s[10] != 'T' && s[10] != ' ')
		return 0;
	for (i = 11; i < n; i++)
		if (!isdigit((unsigned char)s[i]) && !strchr(":.+-Z", s[i]))
			return 0;
	return 1;
}

/* The length of a dash at s (hyphen, en or em dash), or 0. */
static size_t
dash_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 1 && s[0] == '-')
		return n >= 2 && s[1] == '-' ? 2 : 1;
	if (n >= 3 && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0x93 || u[2] == 0x94))
		return 3;
	return 0;
}

size_t
page_dateline(const char *s, size_t n, int *m, int *d, int *y,
    const char **src, size_t *srclen)
{
	size_t i = 0, words = 0, k, l, end;
	int have = 0, caps = 1;
	unsigned char c;

	if (!pat_inited)
		pat_init();
	*m = *d = *y = 0;
	*src = NULL;
	*srclen = 0;
	/* The place: up to four capitalised words. */
	for (;;) {
		if (i >= n || !isupper((unsigned char)s[i]))
			return 0;
		k = i;
		for (; i < n; i++) {
			c = (unsigned char)s[i];
			/* An em dash glued to the place ("LONDON\u2014") ends it. */
			if (c == 0xe2 && dash_at(s + i, n - i) > 0)
				break;
			if (!(ctab[c] & C_PLACE) && !(c == '-' && i > k))
				break;
			if (ctab[c] & C_LOWER)
				caps = 0;
		}
		if (i - k < 2)
			caps = 0;
		words++;
		if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] != '(' &&
		    dash_at(s + i + 1, n - i - 1) == 0 && words < 4) {
			i++;
			continue;
		}
		break;
	}
	end = i;
	if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ') {
		i += 2;
		/* "May 3", "3 May", "Oct. 4th", a year perhaps. */
		for (k = i; k < n && isdigit((unsigned char)s[k]); k++)
			;
		if (k < n && s[k] != ' ' && k > i)
			return 0;	/* a month name, not "21.11.2026" */
		if ((k = date_at(s + i, n - i, 0, y, m, d)) == 0)
			return 0;
		i += k;
		end = i;
		have = 1;
	}
	if (i + 1 < n && s[i] == ' ' && s[i + 1] == '(') {
		for (k = i + 2; k < n && k - i < 64 && s[k] != ')' &&
		    s[k] != '('; k++)
			;
		if (k < n && s[k] == ')' && k > i + 2) {
			*src = s + i + 2;
			*srclen = k - i - 2;
			i = k + 1;
			end = i;
			have = 1;
		}
	}
	/*
	 * A dash or colon may follow, and belongs to the dateline, so that
	 * its record and the first sentence still rebuild the line. A place
	 * in capitals with only a dash ("LONDON \u2014") is a dateline too.
	 */
	if (i + 1 < n && s[i] == ' ' && (k = dash_at(s + i + 1,
	    n - i - 1)) > 0 && (i + 1 + k == n || s[i + 1 + k] == ' ')) {
		i += 1 + k;
		end = i;
		have |= caps;
	} else if ((k = dash_at(s + i, n - i)) == 3 && i + k < n &&
	    s[i + k] != ' ') {
		/* An em dash with no spaces: "LONDON\u2014Britain said". */
		i += k;
		if (!have && !caps)
			return 0;
		if (!isupper((unsigned char)s[i]) && s[i] != '"' &&
		    (unsigned char)s[i] != 0xe2)
			return 0;
		return i;
	} else if (i < n && s[i] == ':' && have) {
		i++;
		end = i;
	}
	/*
	 * A dateline alone on its line needs a date or an agency, and is no
	 * date bar ("Monday, 26 October 2020"): the caller decides whether
	 * the paragraph is one.
	 */
	if (have && i == n && (*m > 0 || *src != NULL) &&
	    weekday_at(s, n) == 0)
		return end;
	if (!have || i + 1 >= n || s[i] != ' ')
		return 0;
	/* Capitals and a dash alone ("HOME - WORLD") need a sentence. */
	if (*src == NULL && *m == 0) {
		for (k = n; (l = closer_before(s, k)) > 0; k -= l)
			;
		if (k == 0 || strchr(".!?", s[k - 1]) == NULL)
			return 0;
	}
	if (!isupper((unsigned char)s[i + 1]) && s[i + 1] != '"' &&
	    (unsigned char)s[i + 1] != 0xe2)
		return 0;
	return end;
}

/*
 * Counts the words of s up to 31 (no rule looks further), eight bytes at
 * a time: the profile showed the byte loop.
 */
static int
count_words(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t w, x, t;
	size_t i = 0;
	int k = n > 0;

	for (; i + 8 <= n && k < 31; i += 8) {
		memcpy(&w, s + i, 8);
		x = w ^ (ones * ' ');
		/* High bit set in t for every byte of x that is not zero. */
		t = ((x & ~high) + ~high) | x;
		/* Sum the high bits by a multiply: no popcount instruction. */
		k += 8 - (int)((((t & high) >> 7) * ones) >> 56);
	}
	for (; i < n && k < 31; i++)
		k += s[i] == ' ';
	return k < 31 ? k : 31;
}

/* Counts the ASCII digits of s, eight bytes at a time (as count_words). */
static size_t
count_digits(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t w, lo, t;
	size_t i = 0, k = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		/* Seven bits of each byte plus 0x50 (0x46) carry into the
		 * eighth from '0' (':') up, never into the next byte. */
		lo = w & ~high;
		t = ((lo + ones * 0x50) & ~(lo + ones * 0x46) & ~w) & high;
		k += (size_t)(((t >> 7) * ones) >> 56);
	}
	for (; i < n; i++)
		k += (unsigned char)(s[i] - '0') < 10;
	return k;
}

static int
has_digit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned)(s[i] - '0') < 10)
			return 1;
	return 0;
}

/* Sets the flags of a paragraph just closed. */
static int
features(struct page *pg, struct page_para *pp)
{
	const char *s = pg->t.b.p + pp->cs;
	size_t n = pp->ce - pp->cs, i, e, c, tn, digits;
	unsigned h;
	int y, m, d, k;

	pp->nwords = count_words(s, n);
	pp->flags = 0;
	e = n;
	while ((c = closer_before(s, e)) > 0)
		e -= c;
	if (e >= 3 && memcmp(s + e - 3, "...", 3) == 0)
		pp->flags |= F_TRUNC;
	else if (e >= 3 && memcmp(s + e - 3, "\xe2\x80\xa6", 3) == 0)
		pp->flags |= F_TRUNC;
	else if (e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' ||
	    s[e - 1] == '?'))
		pp->flags |= F_ENDP;
	if (is_bulletp(s, n))
		pp->flags |= F_BULLET;
	if (is_stamp(s, n, &y, &m, &d))
		pp->flags |= F_STAMP;
	/*
	 * Prompt phrases start at word starts; compared case-insensitively
	 * in place. Long paragraphs are only checked for Latin at their start.
	 */
	if (!pat_inited)
		pat_init();
	tn = n;
	while (tn > 0 && (s[tn - 1] == ':' || s[tn - 1] == '.'))
		tn--;
	for (i = 0; i < n; i++) {
		if (i > 0) {
			const char *sp;

			if (pp->nwords > 25 ||
			    (sp = memchr(s + i - 1, ' ', n - i + 1)) == NULL)
				break;
			i = sp - s + 1;
			if (i >= n)
				break;
		}
		if (i + 1 >= n)
			break;
		h = lc[(unsigned char)s[i]] << 8 | lc[(unsigned char)s[i + 1]];
		for (k = i == 0 ? pat_head[h] : part_head[h]; k >= 0;
		    k = i == 0 ? pat_next[k] : part_next[k]) {
			const struct pattern *p = &patterns[k];

			if (p->how == M_LINE ? pat_len[k] != tn ||
			    !ci_eq(s, p->s, tn) : pat_len[k] > n - i ||
			    !ci_eq(s + i, p->s, pat_len[k]))
				continue;
			if (p->how == M_START && pp->nwords > 12)
				continue;
			/*
			 * "Updated 3 hours ago" has a time or date: not
			 * "Updated guidance on hackers" or "Posted guards
			 * said so."
			 */
			if ((p->flags & F_UPDATED) && (HAS(pp, F_ENDP) ||
			    (pat_len[k] < n && isalpha((unsigned char)
			    s[pat_len[k]])) || !has_digit(s, n)))
				continue;
			if (pp->nwords > 25 && !(p->flags & F_LATIN))
				continue;
			if ((p->flags & F_WEAK) && (pp->flags & F_ENDP) &&
			    pp->nwords > 6)
				continue;
			pp->flags |= p->flags;
		}
	}
	if (pp->nwords > 25)
		return 0;
	if (pp->nwords <= 15 && memchr(s, '|', n) != NULL &&
	    memmem(s, n, " | ", 3) != NULL)
		pp->flags |= F_NAV;
	if (pp->nwords <= 8 && ((n > 7 && ci_eq(s, "source:", 7)) ||
	    (n > 8 && ci_eq(s, "source :", 8)) ||
	    (n > 8 && ci_eq(s, "sources:", 8)) ||
	    (n > 7 && ci_eq(s, "credit:", 7))))
		pp->flags |= F_CREDIT;
	/*
	 * A date bar has a day and a year: five digits at least; an ISO
	 * date and time eight.
	 */
	/*
	 * A date bar's date ends within its first 64 bytes, so only those
	 * are counted; an ISO time has a colon (memchr is fast), wherever.
	 */
	digits = pp->nwords <= 15 ? count_digits(s, n < 64 ? n : 64) : 0;
	if (digits >= 5 && page_datebar(s, n, &y, &m, &d))
		pp->flags |= F_DATEBAR;
	if (pp->nwords <= 15 && n >= 15 && !HAS(pp, F_STAMP) &&
	    memchr(s, ':', n) != NULL && iso_time_in(s, n, &y, &m, &d))
		pp->flags |= F_ISOTIME;
	if (pp->nwords <= 15 && n > 3 && (memcmp(s, "By ", 3) == 0 ||
	    memcmp(s, "BY ", 3) == 0))
		pp->flags |= F_BYLINE;
	if (pp->nwords <= 8 && !HAS(pp, F_ENDP) && n > 4 &&
	    memcmp(s + n - 4, " ago", 4) == 0)
		pp->flags |= F_UPDATED;
	return 0;
}

static int
is_boilerish(const struct page_para *pp)
{
	return HAS(pp, F_STRONG | F_LATIN | F_CREDIT | F_UPDATED) ||
	    (HAS(pp, F_WEAK | F_NAV) && (!HAS(pp, F_ENDP) || pp->nwords <= 6));
}

static int
is_prose(const struct page_para *pp)
{
	return HAS(pp, F_ENDP) && !is_boilerish(pp) && pp->nwords >= 5 &&
	    !HAS(pp, F_BYLINE | F_DATEBAR);
}

static int
is_headline(const struct page_para *pp)
{
	return pp->nlines == 1 && !is_boilerish(pp) &&
	    !HAS(pp, F_BULLET | F_DATEBAR | F_STAMP | F_ISOTIME | F_BYLINE |
	    F_TRUNC | F_NAV | F_UPDATED) && pp->nwords >= 3 &&
	    pp->nwords <= 30;
}

static int
nsent(struct page *pg, size_t i)
{
	long r;

	r = sent_split(&pg->sv, page_text(pg, i), pg->p[i].ce - pg->p[i].cs);
	return r < 0 ? 2 : (int)r;
}

static int
new_doc(struct page *pg, size_t i)
{
	struct page_doc *d;
	size_t cap;

	if (pg->ndocs == pg->capdocs) {
		cap = pg->capdocs ? pg->capdocs * 2 : 8;
		d = reallocarray(pg->docs, cap, sizeof(*d));
		if (d == NULL)
			return -1;
		pg->docs = d;
		pg->capdocs = cap;
	}
	d = &pg->docs[pg->ndocs++];
	memset(d, 0, sizeof(*d));
	d->num = ++pg->docnum;
	/* The first document of an input starts at its first byte. */
	d->rstart = d->num == 1 ? 0 : pg->p[i].roff;
	pg->zone = Z_HEAD;
	pg->listmode = 0;
	return 0;
}

static void
set_date(struct page_doc *d, int rank, int y, int m, int dd)
{
	if (d->frozen || rank <= d->date_rank || y < 1000 ||
	    !valid_date(y, m, dd))
		return;
	d->y = y;
	d->m = m;
	d->d = dd;
	/* By hand: snprintf showed in the profile. */
	y %= 10000;
	d->date[0] = '0' + y / 1000;
	d->date[1] = '0' + y / 100 % 10;
	d->date[2] = '0' + y / 10 % 10;
	d->date[3] = '0' + y % 10;
	d->date[4] = d->date[7] = '-';
	d->date[5] = '0' + m / 10;
	d->date[6] = '0' + m % 10;
	d->date[8] = '0' + dd / 10;
	d->date[9] = '0' + dd % 10;
	d->date[10] = '\0';
	d->date_rank = rank;
}

static void
set_source(struct page_doc *d, const char *s, size_t n, int over)
{
	if (d->frozen || (d->source[0] != '\0' && !over))
		return;
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
		n--;
	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	if (n == 0 || n >= sizeof(d->source))
		return;
	memcpy(d->source, s, n);
	d->source[n] = '\0';
}

/* Header paragraph i (not the headline): dates it may give. */
static void
head_meta(struct page *pg, struct page_doc *d, size_t i)
{
	struct page_para *pp = &pg->p[i];
	const char *s = page_text(pg, i);
	size_t n = pp->ce - pp->cs;
	int y, m, dd;

	/* Prompts and teasers ("All news articles on ...") date nothing. */
	if (HAS(pp, F_STRONG | F_LIST | F_BULLET | F_TRUNC | F_LATIN |
	    F_CREDIT))
		return;
	if (HAS(pp, F_STAMP) && is_stamp(s, n, &y, &m, &dd))
		set_date(d, 3, y, m, dd);
	else if (HAS(pp, F_ISOTIME) && iso_time_in(s, n, &y, &m, &dd))
		set_date(d, 3, y, m, dd);
	else if (HAS(pp, F_BYLINE | F_UPDATED) &&
	    page_mdy(s, n, &y, &m, &dd))
		set_date(d, 2, y, m, dd);
	else if (HAS(pp, F_DATEBAR) && page_datebar(s, n, &y, &m, &dd))
		set_date(d, 1, y, m, dd);
}

/*
 * page_dateline on paragraph i; a paragraph found to have none is not
 * parsed again (each is asked up to four times).
 */
static size_t
dateline_of(struct page *pg, size_t i, int *m, int *d, int *y,
    const char **src, size_t *srclen)
{
	struct page_para *pp = &pg->p[i];
	size_t l;

	if (pp->nodl) {
		*m = *d = *y = 0;
		*src = NULL;
		*srclen = 0;
		return 0;
	}
	l = page_dateline(page_text(pg, i), pp->ce - pp->cs, m, d, y, src,
	    srclen);
	pp->nodl = l == 0;
	return l;
}

/* Whether paragraph i opens with a dateline. */
static int
has_dateline(struct page *pg, size_t i)
{
	return dateline_of(pg, i, &(int){0}, &(int){0}, &(int){0},
	    &(const char *){NULL}, &(size_t){0}) > 0;
}

static void
dateline(struct page *pg, struct page_doc *d, size_t i)
{
	struct page_para *pp = &pg->p[i];
	const char *src;
	size_t srclen, l;
	int m, dd, y, own;

	if ((l = dateline_of(pg, i, &m, &dd, &y, &src, &srclen)) == 0)
		return;
	pp->dlen = l;
	if (src != NULL)
		set_source(d, src, srclen, 1);
	/* No year: the one that fits the header's date (dateline_year). */
	own = y > 0;
	if (m > 0 && y == 0 && d->date_rank > 0 && d->date_rank <= 3)
		y = dateline_year(m, dd, d->y, d->m, d->d);
	if (m > 0 && y > 0)
		set_date(d, own ? 5 : 4, y, m, dd);
}

/*
 * The header is [h, b), b the first paragraph of prose: marks the
 * headline, the timestamp under it, the dates, the rest boilerplate.
 * Returns the first body paragraph.
 */
static size_t
decide_head(struct page *pg, size_t h, size_t b, size_t lim)
{
	struct page_doc *d = &pg->docs[pg->ndocs - 1];
	size_t i, t = (size_t)-1;

	for (i = h; i < b; i++) {
		pg->p[i].kind = PAGE_BOILER;
		pg->p[i].doc = pg->ndocs - 1;
		head_meta(pg, d, i);
	}
	for (i = b; i-- > h;)
		if (is_headline(&pg->p[i])) {
			t = i;
			break;
		}
	if (t != (size_t)-1) {
		pg->p[t].kind = PAGE_TITLE;
		if (t + 1 < b && HAS(&pg->p[t + 1], F_STAMP))
			pg->p[t + 1].kind = PAGE_DATELINE;
	} else if (b + 1 < lim && nsent(pg, b) == 1 &&
	    is_prose(&pg->p[b + 1]) && pg->p[b].nlines == 1 &&
	    pg->p[b].nwords <= 30 && !has_dateline(pg, b)) {
		/* A headline written as a sentence, prose under it. */
		pg->p[b].kind = PAGE_TITLE;
		pg->p[b].doc = pg->ndocs - 1;
		b++;
	}
	pg->p[b].doc = pg->ndocs - 1;
	pg->p[b].kind = PAGE_BODY;
	dateline(pg, d, b);
	pg->zone = Z_BODY;
	return b + 1;
}

static int	is_lead(struct page *, size_t, size_t);

/*
 * Whether paragraph i opens the body: prose, or a dateline. A dateline
 * alone on its line ("BRUSSELS, 22 October 2020") opens it only with
 * prose right under it, so that a date bar or a byline above the
 * headline is never taken for one.
 */
static int
body_start(struct page *pg, size_t i, size_t lim)
{
	const struct page_para *pp = &pg->p[i];
	size_t l;

	if (is_prose(pp))
		return 1;
	if (is_boilerish(pp) || (l = dateline_of(pg, i, &(int){0},
	    &(int){0}, &(int){0}, &(const char *){NULL}, &(size_t){0})) == 0)
		return 0;
	if (l < pp->ce - pp->cs)
		return 1;
	return !HAS(pp, F_BYLINE | F_DATEBAR | F_UPDATED) &&
	    is_lead(pg, i + 1, lim);
}

/* The most paragraphs between one page's prose and the next one's. */
#define RUN_MAX		64

/* Whether byte c is among the first 64 of paragraph k. */
static int
early(const struct page *pg, size_t k, int c)
{
	size_t n = pg->p[k].ce - pg->p[k].cs;

	return memchr(page_text(pg, k), c, n < 64 ? n : 64) != NULL;
}

/* Whether paragraph k is article prose that a new page may start with. */
static int
is_lead(struct page *pg, size_t k, size_t lim)
{
	return k < lim && !pg->p[k].ff && is_prose(&pg->p[k]) &&
	    !HAS(&pg->p[k], F_BULLET);
}

/*
 * On a stream (PAGE_GUESS): whether a new page starts among the paragraphs
 * from i, in the body or the footer of the current one. The run of
 * paragraphs that are not article prose from i is cut after its last line
 * that only ends pages (footer prompts, copyright, link lists and their
 * bullets); what follows must hold a headline, and then evidence of a new
 * article: a dateline, a header line (menu, date bar, timestamp, byline,
 * "Updated ..."), or, after a footer, several paragraphs of prose. Returns
 * 1 and sets *at to the new page's first paragraph, 0 when there is none,
 * -1 when later paragraphs must be seen first. *next is the first
 * paragraph to look from again.
 */
static int
next_page(struct page *pg, size_t i, size_t lim, int all, size_t *at,
    size_t *next)
{
	struct page_para *p = pg->p;
	const char *src;
	size_t b, j, l, s = i, t = (size_t)-1, srclen;
	int chain = 0, foot = pg->zone == Z_FOOT, chrome = 0, dl, ns, m, dd, y;

	for (b = i; b < lim && b - i < RUN_MAX; b++) {
		if (b > i && p[b].ff) {
			/* The form feed starts the next one. */
			*next = b;
			return 0;
		}
		if (is_lead(pg, b, lim) || (!HAS(&p[b], F_BULLET) &&
		    body_start(pg, b, lim)))
			break;
		/* Bullets of a teaser list: sentences, headlines, chains. */
		if (HAS(&p[b], F_FOOT | F_LIST | F_TAIL | F_LATIN | F_CREDIT |
		    F_TRUNC) || (HAS(&p[b], F_BULLET) && (chain ||
		    HAS(&p[b], F_ENDP) || p[b].nwords >= 4))) {
			foot |= HAS(&p[b], F_FOOT | F_TAIL);
			chain = 1;
			s = b + 1;
		} else
			chain = 0;
	}
	*next = b > i ? b : i + 1;
	if (b - i >= RUN_MAX)
		return 0;
	if ((b >= lim || b + 2 >= lim) && !all)
		return -1;
	if (b >= lim)
		return 0;
	for (j = s; j < b; j++) {
		if (is_headline(&p[j]))
			t = j;
		if (HAS(&p[j], F_NAV | F_DATEBAR | F_STAMP | F_ISOTIME |
		    F_BYLINE | F_UPDATED | F_CHROME))
			chrome = 1;
	}
	/*
	 * Prose under prose in the body can only open a page with a dateline
	 * that has a date or an agency: a comma or a bracket in its first
	 * words. The profile showed the full parse of every paragraph.
	 */
	if (b == i && !foot && !early(pg, b, ',') && !early(pg, b, '('))
		return 0;
	l = dateline_of(pg, b, &m, &dd, &y, &src, &srclen);
	dl = l > 0;
	*at = s;
	/*
	 * A dateline with a date or an agency opens an article anywhere; one
	 * alone on its line ("BRUSSELS (Agency)", prose under it) only under
	 * a headline, a header line or a footer.
	 */
	if (dl && (t != (size_t)-1 || chrome || foot || ((m > 0 ||
	    src != NULL) && l < p[b].ce - p[b].cs)))
		return 1;
	if (t != (size_t)-1 && chrome)
		return 1;
	if (!foot || !is_lead(pg, b, lim) || !is_lead(pg, b + 1, lim))
		return 0;
	/* After a footer: a headline and several paragraphs of prose. */
	ns = nsent(pg, b) + nsent(pg, b + 1);
	if (t != (size_t)-1 && (is_lead(pg, b + 2, lim) || ns >= 3))
		return 1;
	/* No headline: three paragraphs and five sentences at least. */
	return is_lead(pg, b + 2, lim) && ns + nsent(pg, b + 2) >= 5;
}

long
page_decide(struct page *pg, int final)
{
	struct page_para *pp;
	struct page_doc *d;
	size_t i, b, k, lim;
	int full = page_full(pg), r;
	long ready;

	if (final && pg->inpara) {
		/* The last paragraph closes at the end of input. */
		pp = &pg->p[pg->n - 1];
		if (features(pg, pp) == -1)
			return -1;
		pg->inpara = 0;
	}
	lim = pg->n - (pg->inpara ? 1 : 0);
	i = pg->done;
	while (i < lim) {
		pp = &pg->p[i];
		if (pg->ndocs == 0 || pp->ff) {
			if (pg->ndocs > 0)
				pg->docs[pg->ndocs - 1].complete = 1;
			if (new_doc(pg, i) == -1)
				return -1;
			pp->ff = 0;
		}
		d = &pg->docs[pg->ndocs - 1];
		if (pg->zone == Z_HEAD) {
			for (b = i; b < lim && (b == i || !pg->p[b].ff); b++)
				if (body_start(pg, b, lim))
					break;
			if (b < lim && (b == i || !pg->p[b].ff)) {
				if (b + 1 >= lim && !final && !full)
					break;
				i = decide_head(pg, i, b, lim);
				continue;
			}
			if (b >= lim && !final && !full)
				break;
			/* No prose: keep all but the boilerplate. */
			for (; i < b; i++) {
				pg->p[i].doc = pg->ndocs - 1;
				pg->p[i].kind = is_boilerish(&pg->p[i]) ?
				    PAGE_BOILER : PAGE_BODY;
				head_meta(pg, d, i);
			}
			continue;
		}
		if (i + 1 >= lim && !final && !full)
			break;
		if (pg->split == i + 1) {
			/* A new page starts here, with its header. */
			pg->split = 0;
			d->complete = 1;
			if (new_doc(pg, i) == -1)
				return -1;
			continue;
		}
		if ((pg->detect & PAGE_GUESS) && i >= pg->scan) {
			r = next_page(pg, i, lim, final || full, &k, &b);
			if (r == -1)
				break;
			pg->scan = b;
			if (r == 1) {
				pg->split = k + 1;
				continue;
			}
		}
		pp->doc = pg->ndocs - 1;
		pp->kind = PAGE_BOILER;
		if (pg->zone == Z_FOOT) {
			i++;
			continue;
		}
		/* The body. */
		if (HAS(pp, F_CREDIT)) {
			k = pp->ce - pp->cs;
			b = (const char *)memchr(page_text(pg, i), ':', k) -
			    page_text(pg, i);
			set_source(d, page_text(pg, i) + b + 1, k - b - 1, 0);
		} else if (HAS(pp, F_FOOT))
			pg->zone = Z_FOOT;
		else if (HAS(pp, F_LIST))
			pg->listmode = 1;
		else if (is_boilerish(pp) || HAS(pp, F_LATIN))
			;
		else if (pg->listmode && !HAS(pp, F_ENDP) && pp->nlines == 1)
			;
		else if (!HAS(pp, F_ENDP) && pp->nlines == 1 &&
		    pp->nwords >= 2 && pp->nwords <= 20 &&
		    !HAS(pp, F_BULLET | F_TRUNC)) {
			/* A crosshead has prose under it. */
			if (i + 1 < lim && is_lead(pg, i + 1, lim))
				pp->kind = PAGE_TITLE;
		} else {
			pp->kind = PAGE_BODY;
			pg->listmode = 0;
		}
		i++;
	}
	pg->done = i;
	if (final) {
		for (k = 0; k < pg->ndocs; k++)
			pg->docs[k].complete = 1;
		return pg->done;
	}
	/* Whole documents go out; a window full of one goes out in part. */
	ready = 0;
	for (k = 0; k < pg->done; k++) {
		if (!pg->docs[pg->p[k].doc].complete)
			break;
		ready = k + 1;
	}
	if (ready == 0 && full)
		ready = pg->done > 1 ? pg->done / 2 : pg->done;
	return ready;
}

void
page_release(struct page *pg, size_t n)
{
	size_t i, cs, m0, first;

	if (n == 0)
		return;
	if (n > pg->n)
		n = pg->n;
	if (n < pg->n) {
		cs = pg->p[n].cs;
		m0 = pg->p[n].m0;
		first = pg->p[n].doc;
	} else {
		cs = pg->t.b.len;
		m0 = pg->t.nmap;
		first = pg->ndocs > 0 ? pg->ndocs - 1 : 0;
	}
	text_shift(&pg->t, cs, m0);
	memmove(pg->p, pg->p + n, (pg->n - n) * sizeof(*pg->p));
	pg->n -= n;
	pg->done -= n;
	pg->scan = pg->scan > n ? pg->scan - n : 0;
	pg->split = pg->split > n ? pg->split - n : 0;
	for (i = 0; i < pg->n; i++) {
		pg->p[i].cs -= cs;
		pg->p[i].ce -= cs;
		pg->p[i].m0 -= m0;
		pg->p[i].m1 -= m0;
		pg->p[i].doc -= first;
	}
	if (first > 0) {
		memmove(pg->docs, pg->docs + first,
		    (pg->ndocs - first) * sizeof(*pg->docs));
		pg->ndocs -= first;
	}
}

int
page_full(const struct page *pg)
{
	return pg->t.b.len >= PAGE_WINDOW || pg->n >= PAGE_MAXPARA;
}

unsigned long long
page_off(const struct page *pg, size_t i, size_t cpos)
{
	const struct page_para *pp = &pg->p[i];

	return text_rawoff(&pg->t, pp->cs + cpos, pp->m0, pp->m1) -
	    pg->docs[pp->doc].rstart;
}

/* Opens a paragraph at clean offset cs; its map starts at the entry
 * covering cs. */
static int
open_para(struct page *pg, size_t cs, unsigned long long roff)
{
	struct page_para *pp;
	size_t cap, m;

	if (pg->n == pg->cap) {
		cap = pg->cap ? pg->cap * 2 : 64;
		pp = reallocarray(pg->p, cap, sizeof(*pp));
		if (pp == NULL)
			return -1;
		pg->p = pp;
		pg->cap = cap;
	}
	pp = &pg->p[pg->n++];
	memset(pp, 0, sizeof(*pp));
	pp->cs = cs;
	pp->ce = pg->t.b.len;
	m = pg->t.nmap;
	while (m > 0 && pg->t.map[m - 1].cpos > cs)
		m--;
	pp->m0 = m > 0 ? m - 1 : 0;
	pp->m1 = pg->t.nmap;
	pp->roff = roff;
	pp->nlines = 1;
	pp->ff = pg->pending_ff;
	pg->pending_ff = 0;
	pg->inpara = 1;
	return 0;
}

static int
ends_sentence(const char *s, size_t n)
{
	size_t c;

	while ((c = closer_before(s, n)) > 0)
		n -= c;
	return n > 0 && strchr(".!?:;", s[n - 1]) != NULL;
}

static int
add_line(struct page *pg, const char *line, size_t len,
    unsigned long long roff)
{
	struct page_para *pp;
	size_t start, cs;
	int soft, join;

	soft = len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t');
	start = pg->t.b.len;
	if (pg->inpara)
		text_space(&pg->t, roff > 0 ? roff - 1 : 0);
	else
		text_break(&pg->t);
	if (text_add(&pg->t, line, len, roff) == -1)
		return -1;
	if (pg->t.b.len == start) {
		/* A blank line ends the paragraph. */
		text_break(&pg->t);
		if (pg->inpara) {
			pg->inpara = 0;
			if (features(pg, &pg->p[pg->n - 1]) == -1)
				return -1;
		}
		return 0;
	}
	cs = pg->inpara ? start + 1 : start;
	join = 0;
	if (pg->inpara) {
		const char *s = pg->t.b.p + cs;
		size_t n = pg->t.b.len - cs;

		/* Soft wraps: a trailing space, or a lower-case run-on. */
		join = pg->soft || (!pg->lastend && islower((unsigned char)
		    s[0]) && ends_sentence(s, n) &&
		    !ends_sentence(pg->t.b.p + pg->p[pg->n - 1].cs,
		    start - pg->p[pg->n - 1].cs));
	}
	pg->soft = soft;
	pg->lastend = ends_sentence(pg->t.b.p + cs, pg->t.b.len - cs);
	if (join) {
		pp = &pg->p[pg->n - 1];
		pp->ce = pg->t.b.len;
		pp->m1 = pg->t.nmap;
		pp->nlines++;
		return 0;
	}
	if (pg->inpara && features(pg, &pg->p[pg->n - 1]) == -1)
		return -1;
	return open_para(pg, cs, roff);
}

int
page_line(struct page *pg, const char *line, size_t len,
    unsigned long long roff)
{
	const char *ff;
	size_t k;

	while ((ff = memchr(line, '\f', len)) != NULL) {
		k = ff - line;
		if (k > 0 && add_line(pg, line, k, roff) == -1)
			return -1;
		if (pg->inpara) {
			pg->inpara = 0;
			text_break(&pg->t);
			if (features(pg, &pg->p[pg->n - 1]) == -1)
				return -1;
		}
		if ((pg->detect & PAGE_FF) && (pg->n > 0 || pg->docnum > 0))
			pg->pending_ff = 1;
		line += k + 1;
		len -= k + 1;
		roff += k + 1;
	}
	return add_line(pg, line, len, roff);
}
