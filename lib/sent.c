/*
 * sent: English sentence boundaries (see sent.h).
 *
 * A boundary candidate is a run of . ! ? or an ellipsis, followed by
 * closing quotes and brackets. Whether it ends the sentence depends on the
 * word before it (abbreviation class, initial, acronym, URL) and on what
 * follows the space after it (lower case continues the sentence; upper
 * case, an opening quote before upper case, or a list marker starts a new
 * one). Lists (1. 2) a. b. and bullets) split before the next marker of
 * the same sequence. All word lists are tables below.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "sent.h"

struct abbrev {
	const char	*w;
	int		 cls;
};

/* Lower case; looked up case-insensitively. */
static const struct abbrev abbrevs[] = {
	{ "adm", SENT_PRE }, { "al", SENT_POST }, { "apr", SENT_NUM },
	{ "approx", SENT_POST }, { "art", SENT_NUM }, { "assn", SENT_POST },
	{ "aug", SENT_NUM }, { "ave", SENT_POST }, { "blvd", SENT_POST },
	{ "bros", SENT_POST }, { "ca", SENT_NUM }, { "capt", SENT_PRE },
	{ "cf", SENT_PRE }, { "ch", SENT_NUM }, { "cmdr", SENT_PRE },
	{ "co", SENT_POST }, { "col", SENT_PRE }, { "corp", SENT_POST },
	{ "dec", SENT_NUM }, { "dept", SENT_POST }, { "dr", SENT_PRE },
	{ "e.g", SENT_PRE }, { "ed", SENT_NUM }, { "est", SENT_POST },
	{ "etc", SENT_POST }, { "feb", SENT_NUM }, { "fig", SENT_NUM },
	{ "figs", SENT_NUM }, { "ft", SENT_PRE }, { "gen", SENT_PRE },
	{ "gov", SENT_PRE }, { "govt", SENT_POST }, { "hon", SENT_PRE },
	{ "i.e", SENT_PRE }, { "inc", SENT_POST }, { "intl", SENT_POST },
	{ "jan", SENT_NUM }, { "jr", SENT_POST }, { "jul", SENT_NUM },
	{ "jun", SENT_NUM }, { "llc", SENT_POST }, { "lt", SENT_PRE },
	{ "ltd", SENT_POST }, { "maj", SENT_PRE }, { "mar", SENT_NUM },
	{ "messrs", SENT_PRE }, { "mme", SENT_PRE }, { "mr", SENT_PRE },
	{ "mrs", SENT_PRE }, { "ms", SENT_PRE }, { "mt", SENT_PRE },
	{ "no", SENT_NUM }, { "nos", SENT_NUM }, { "nov", SENT_NUM },
	{ "nr", SENT_NUM }, { "oct", SENT_NUM }, { "op", SENT_NUM },
	{ "p", SENT_NUM }, { "para", SENT_NUM }, { "plc", SENT_POST },
	{ "pp", SENT_NUM }, { "pres", SENT_PRE }, { "prof", SENT_PRE },
	{ "rd", SENT_POST }, { "rep", SENT_PRE }, { "rev", SENT_PRE },
	{ "sec", SENT_NUM }, { "sen", SENT_PRE }, { "sep", SENT_NUM },
	{ "sept", SENT_NUM }, { "sgt", SENT_PRE }, { "sr", SENT_POST },
	{ "st", SENT_PRE }, { "supt", SENT_PRE }, { "tel", SENT_NUM },
	{ "univ", SENT_POST }, { "viz", SENT_PRE }, { "vol", SENT_NUM },
	{ "vols", SENT_NUM }, { "vs", SENT_PRE },
};

/*
 * Capitalised words that usually begin a sentence. After an acronym
 * ("U.S.") or a lone initial only these start a new sentence, since a
 * capitalised name after one is far more common ("U.S. Government").
 */
static const char *const starters[] = {
	"A", "After", "All", "Also", "An", "And", "As", "At", "Being", "But",
	"By", "Did", "Do", "Does", "For", "From", "He", "Her", "His", "How",
	"However", "I", "If", "In", "Is", "It", "Its", "Many", "Meanwhile",
	"Millions", "More", "Most", "My", "No", "Not", "On", "One", "Our",
	"She", "So", "Some", "That", "The", "Their", "There", "These", "They",
	"This", "Those", "Thus", "To", "We", "What", "When", "Where", "Which",
	"While", "Who", "Why", "With", "Yet", "You",
};

/* Bytes where the scan stops: sentence punctuation and UTF-8 lead E2. */
enum { ST_NONE, ST_END, ST_E2, ST_SPACE };
static unsigned char stop[256];

/* What comes after a candidate boundary. */
enum { NX_END, NX_NOSPACE, NX_LOWER, NX_UPPER, NX_DIGIT, NX_OTHER };

enum { MK_NONE, MK_NUM, MK_ALPHA, MK_BULLET };

struct marker {
	int	kind;
	long	val;		/* number, letter, or bullet code point */
	int	style;		/* '.', ')' or 'p' for ".)" */
};

static void
init_tables(void)
{
	stop['.'] = stop['!'] = stop['?'] = ST_END;
	stop[0xe2] = ST_E2;
}

/*
 * Whether the eight bytes at s may hold a stop: . ! ? or a non-ASCII byte
 * (the ellipsis). Plain text skips eight bytes at a time.
 */
static int
chunk_stops(const char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t x, y, z;

	memcpy(&x, s, 8);
	if (x & high)
		return 1;
#define HASZERO(v)	(((v) - ones) & ~(v) & high)
	y = x ^ (ones * '.');
	z = HASZERO(y);
	y = x ^ (ones * '!');
	z |= HASZERO(y);
	y = x ^ (ones * '?');
	z |= HASZERO(y);
#undef HASZERO
	return z != 0;
}

static int
cmp_abbrev(const void *k, const void *e)
{
	return strcmp(k, ((const struct abbrev *)e)->w);
}

int
sent_abbrev(const char *w, size_t len)
{
	char key[8];
	const struct abbrev *a;
	size_t i;

	if (len == 0 || len >= sizeof(key))
		return SENT_WORD;
	for (i = 0; i < len; i++) {
		if ((unsigned char)w[i] >= 0x80)
			return SENT_WORD;
		key[i] = tolower((unsigned char)w[i]);
	}
	key[len] = '\0';
	a = bsearch(key, abbrevs, sizeof(abbrevs) / sizeof(abbrevs[0]),
	    sizeof(abbrevs[0]), cmp_abbrev);
	return a ? a->cls : SENT_WORD;
}

static int
is_starter(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(starters) / sizeof(starters[0]); i++)
		if (strlen(starters[i]) == len &&
		    memcmp(starters[i], w, len) == 0)
			return 1;
	return 0;
}

/* Returns the code point at s[i] and its length in *l (1 for bad bytes). */
static int32_t
cp_at(const char *s, size_t i, size_t n, size_t *l)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;

	if ((unsigned char)s[i] < 0x80) {
		*l = 1;
		return (unsigned char)s[i];
	}
	r = utf8proc_iterate((const utf8proc_uint8_t *)s + i, n - i, &cp);
	if (r <= 0) {
		*l = 1;
		return 0xfffd;
	}
	*l = r;
	return cp;
}

/* Length of a closing quote or bracket at s[i], or 0. */
static size_t
closer_len(const char *s, size_t i, size_t n)
{
	size_t l;
	int32_t c;

	if (i >= n)
		return 0;
	c = cp_at(s, i, n, &l);
	switch (c) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x201d: case 0x2019: case 0xbb: case 0x203a:
		return l;
	}
	return 0;
}

static size_t
opener_len(const char *s, size_t i, size_t n)
{
	size_t l;
	int32_t c;

	if (i >= n)
		return 0;
	c = cp_at(s, i, n, &l);
	switch (c) {
	case '"': case '\'': case '(': case '[': case '{':
	case 0x201c: case 0x2018: case 0xab: case 0x2039:
		return l;
	}
	return 0;
}

static int
is_bullet(int32_t c)
{
	switch (c) {
	case 0x2022: case 0x2043: case 0x2023: case 0x25e6: case 0x25aa:
	case 0xb7: case '*':
		return 1;
	}
	return 0;
}

static int
letter_case(int32_t c)
{
	utf8proc_category_t cat;

	if (c < 0x80) {
		if (c >= 'a' && c <= 'z')
			return NX_LOWER;
		if (c >= 'A' && c <= 'Z')
			return NX_UPPER;
		if (c >= '0' && c <= '9')
			return NX_DIGIT;
		return NX_OTHER;
	}
	cat = utf8proc_category(c);
	if (cat == UTF8PROC_CATEGORY_LL)
		return NX_LOWER;
	if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
		return NX_UPPER;
	return NX_OTHER;
}

/*
 * Parses a list marker at s[p]: a bullet, "12." "12)" "12.)" or "b." "b)"
 * followed by a space (a bullet needs none). Returns its length with the
 * space, or 0.
 */
static size_t
marker_at(const char *s, size_t p, size_t n, struct marker *m)
{
	size_t q = p, l;
	long v = 0;
	int32_t c;

	m->kind = MK_NONE;
	m->val = 0;
	m->style = 0;
	if (p >= n)
		return 0;
	c = cp_at(s, p, n, &l);
	if (is_bullet(c) || (c == '-' && p + 1 < n && s[p + 1] == ' ')) {
		m->kind = MK_BULLET;
		m->val = c;
		q = p + l;
		if (q < n && s[q] == ' ')
			q++;
		return q - p;
	}
	if (isdigit((unsigned char)s[q])) {
		while (q < n && isdigit((unsigned char)s[q]) && q - p < 3)
			v = v * 10 + (s[q++] - '0');
		m->kind = MK_NUM;
	} else if (s[q] >= 'a' && s[q] <= 'z' && q + 1 < n &&
	    (s[q + 1] == '.' || s[q + 1] == ')')) {
		v = s[q++];
		m->kind = MK_ALPHA;
	} else
		return 0;
	m->val = v;
	if (q + 1 < n && s[q] == '.' && s[q + 1] == ')') {
		m->style = 'p';
		q += 2;
	} else if (q < n && (s[q] == '.' || s[q] == ')')) {
		m->style = s[q];
		q++;
	} else {
		m->kind = MK_NONE;
		return 0;
	}
	if (q >= n || s[q] != ' ') {
		m->kind = MK_NONE;
		return 0;
	}
	return q + 1 - p;
}

/* Whether the marker at s[p] is the one that follows e in its list. */
static int
marker_next(const char *s, size_t p, size_t n, const struct marker *e)
{
	struct marker m;

	if (e->kind == MK_NONE || marker_at(s, p, n, &m) == 0 ||
	    m.kind != e->kind)
		return 0;
	if (m.kind == MK_BULLET)
		return m.val == e->val;
	return m.val == e->val + 1 && m.style == e->style;
}

/*
 * Classifies what follows position j (just after the punctuation and its
 * closers): the end, no space, or the case of the first letter after the
 * space and any opening quotes. *w is set to that word's start.
 */
static int
next_kind(const char *s, size_t j, size_t n, size_t *w)
{
	size_t p, l;

	if (j >= n)
		return NX_END;
	if (s[j] != ' ')
		return NX_NOSPACE;
	p = j + 1;
	while ((l = opener_len(s, p, n)) > 0)
		p += l;
	*w = p;
	if (p >= n)
		return NX_OTHER;
	return letter_case(cp_at(s, p, n, &l));
}

static size_t
word_end(const char *s, size_t p, size_t n)
{
	while (p < n && (isalpha((unsigned char)s[p]) ||
	    (unsigned char)s[p] >= 0x80))
		p++;
	return p;
}

static int
is_urlish(const char *w, size_t len)
{
	return memchr(w, '@', len) != NULL || memmem(w, len, "://", 3) ||
	    (len > 4 && strncasecmp(w, "www.", 4) == 0);
}

/* Whether w is an acronym such as U.S, a.m, U.S.A or Ph.D. */
static int
is_acronym(const char *w, size_t len)
{
	size_t i, seg = 0, dots = 0;

	for (i = 0; i < len; i++) {
		if (w[i] == '.') {
			if (seg == 0)
				return 0;
			dots++;
			seg = 0;
		} else if (isalpha((unsigned char)w[i])) {
			if (++seg > 2)
				return 0;
		} else
			return 0;
	}
	return dots > 0 && seg > 0;
}

static int
push(struct sentv *sv, size_t a, size_t b)
{
	struct sent_span *v;
	size_t cap;

	if (a >= b)
		return 0;
	if (sv->n == sv->cap) {
		cap = sv->cap ? sv->cap * 2 : 16;
		v = reallocarray(sv->v, cap, sizeof(*v));
		if (v == NULL)
			return -1;
		sv->v = v;
		sv->cap = cap;
	}
	sv->v[sv->n].start = a;
	sv->v[sv->n].end = b;
	sv->n++;
	return 0;
}

/*
 * Decides a single full stop at s[i], its closers ending at j. Returns
 * whether it ends the sentence.
 */
static int
stop_ends(const char *s, size_t start, size_t i, size_t j, size_t n)
{
	size_t ws, we, pw, nw = 0, l;
	int nk, cls;
	struct marker m;

	nk = next_kind(s, j, n, &nw);
	if (nk == NX_END || nk == NX_NOSPACE || nk == NX_LOWER ||
	    nk == NX_OTHER)
		return 0;
	if (nk == NX_DIGIT && marker_at(s, nw, n, &m) == 0)
		return 0;
	/* The word before the stop, without its opening quotes. */
	ws = i;
	while (ws > start && s[ws - 1] != ' ')
		ws--;
	while ((l = opener_len(s, ws, i)) > 0)
		ws += l;
	we = i;
	if (ws >= we)
		return 1;
	if (is_urlish(s + ws, we - ws))
		return 1;
	cls = sent_abbrev(s + ws, we - ws);
	if (cls == SENT_PRE)
		return 0;
	if (cls == SENT_NUM || cls == SENT_POST)
		return nk == NX_UPPER || (cls == SENT_POST && nk == NX_DIGIT);
	if (we - ws == 1 && isupper((unsigned char)s[ws])) {
		/* An initial ends a sentence only after a lower-case word. */
		if (s[ws] != 'I' && (nk != NX_UPPER ||
		    !is_starter(s + nw, word_end(s, nw, n) - nw)))
			return 0;
		if (ws < start + 2)
			return 0;
		pw = ws - 2;
		while (pw > start && s[pw - 1] != ' ')
			pw--;
		return islower((unsigned char)s[pw]) != 0;
	}
	if (is_acronym(s + ws, we - ws))
		return nk == NX_UPPER &&
		    is_starter(s + nw, word_end(s, nw, n) - nw);
	return 1;
}

long
sent_split(struct sentv *sv, const char *s, size_t n)
{
	static int inited;
	struct marker expect, m;
	size_t i, j, start, k, l, p, run_end, nw, e;
	int nk, dots;

	if (!inited) {
		init_tables();
		inited = 1;
	}
	sv->n = 0;
	start = 0;
	memset(&expect, 0, sizeof(expect));
	i = 0;
newsent:
	/* A list marker at the start of a sentence is part of it. */
	if ((l = marker_at(s, start, n, &m)) > 0) {
		expect = m;
		i = start + l;
		if (m.kind == MK_BULLET && (l = marker_at(s, i, n, &m)) > 0 &&
		    m.kind != MK_BULLET)
			i += l;
	} else
		i = start;
	for (;;) {
		if (expect.kind != MK_NONE) {
			/* Lists split before the next marker. */
			while (i < n && !stop[(unsigned char)s[i]] &&
			    !(s[i] == ' ' && marker_next(s, i + 1, n, &expect)))
				i++;
			if (i < n && s[i] == ' ') {
				if (push(sv, start, i) == -1)
					return -1;
				start = i + 1;
				goto newsent;
			}
		} else {
			while (i + 8 <= n && !chunk_stops(s + i))
				i += 8;
			while (i < n && !stop[(unsigned char)s[i]])
				i++;
		}
		if (i >= n)
			break;
		if (s[i] == '!' || s[i] == '?') {
			j = i;
			while (j < n && (s[j] == '!' || s[j] == '?'))
				j++;
			while ((l = closer_len(s, j, n)) > 0)
				j += l;
			nk = next_kind(s, j, n, &nw);
			if (nk == NX_UPPER || nk == NX_DIGIT) {
				if (push(sv, start, j) == -1)
					return -1;
				start = j + 1;
				goto newsent;
			}
			i = j > i ? j : i + 1;
			continue;
		}
		/* A run of full stops, spaced or not, or an ellipsis. */
		dots = 0;
		p = i;
		for (;;) {
			if (p < n && s[p] == '.') {
				dots++;
				p++;
			} else if (p + 2 < n && (unsigned char)s[p] == 0xe2 &&
			    (unsigned char)s[p + 1] == 0x80 &&
			    (unsigned char)s[p + 2] == 0xa6) {
				dots += 3;
				p += 3;
			} else if (dots > 0 && p + 1 < n && s[p] == ' ' &&
			    s[p + 1] == '.') {
				p++;
			} else
				break;
		}
		if (dots == 0) {
			/* Another E2 sequence: a dash or quote. */
			i++;
			continue;
		}
		run_end = p;
		j = run_end;
		while ((l = closer_len(s, j, n)) > 0)
			j += l;
		if (dots == 1) {
			if (i + 1 < n && isdigit((unsigned char)s[i + 1])) {
				i++;
				continue;
			}
			if (i + 2 < n && j == i + 1 && isupper((unsigned char)
			    s[i + 1]) && islower((unsigned char)s[i + 2]) &&
			    i >= start + 2 &&
			    (islower((unsigned char)s[i - 1]) ||
			    isdigit((unsigned char)s[i - 1])) &&
			    isalnum((unsigned char)s[i - 2])) {
				/* "done.Next": no space, but a new sentence. */
				k = i;
				while (k > start && s[k - 1] != ' ')
					k--;
				e = i + 1;
				while (e < n && s[e] != ' ')
					e++;
				if (!is_urlish(s + k, e - k) &&
				    sent_abbrev(s + k, i - k) == SENT_WORD) {
					if (push(sv, start, i + 1) == -1)
						return -1;
					start = i + 1;
					goto newsent;
				}
			}
			if (stop_ends(s, start, i, j, n)) {
				if (push(sv, start, j) == -1)
					return -1;
				start = j + 1;
				goto newsent;
			}
			i = j > i + 1 ? j : i + 1;
			continue;
		}
		nk = next_kind(s, j, n, &nw);
		if (dots >= 4 && nk == NX_UPPER) {
			if (i > start && s[i - 1] != ' ' && s[i + 1] == ' ') {
				/* "word. . . . Next": the ellipsis goes on. */
				if (push(sv, start, i + 1) == -1)
					return -1;
				start = i + 2;
				i = run_end;
				continue;
			}
			if (push(sv, start, j) == -1)
				return -1;
			start = j + 1;
			goto newsent;
		}
		i = j;
	}
	if (push(sv, start, n) == -1)
		return -1;
	return sv->n;
}

void
sent_free(struct sentv *sv)
{
	free(sv->v);
	sv->v = NULL;
	sv->n = sv->cap = 0;
}
