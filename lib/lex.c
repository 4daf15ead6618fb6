/*
 * lex: lexicon entries, their file format (cc-lexicon(5)), and the
 * matcher: a trie whose edges are folded tokens, kept in one open
 * addressing hash table keyed by (parent node, token), so that finding
 * the longest entry at a token costs one probe per token of the match.
 * Word prefixes ("accus*") live in a second table probed once per prefix
 * length in use. Memory is bounded by the lexicon, never by the text.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "diag.h"
#include "lex.h"
#include "utf.h"

struct node {
	int32_t		 ci;		/* case-insensitive entry, or -1 */
	int32_t		 cs;		/* first case-sensitive entry, or -1 */
};

struct edge {
	uint32_t	 parent, hash, child;
	uint32_t	 soff, slen;	/* token in the pool */
};

struct pfx {
	uint32_t	 hash, soff, slen;
	int32_t		 ent;		/* first entry; more through next[] */
};

struct lex {
	struct lexent	*e;
	char		**fkey;		/* folded key of each entry */
	char		**ckey;		/* exact-case key of each entry */
	size_t		 ne, cap;
	int32_t		*next;		/* chains of entries in nodes, prefixes */
	struct node	*nodes;
	size_t		 nnodes, nodecap;
	struct edge	*edges;		/* hash table, mask+1 slots */
	uint32_t	 emask;
	size_t		 nedges;
	struct pfx	*pfx;
	uint32_t	 pmask;
	uint64_t	 plens;		/* bit l: some prefix has l bytes */
	/*
	 * Filters that spare most tokens a probe: bits by the hash of a
	 * first token of an entry, and by the first two bytes of a prefix.
	 */
	uint8_t		 rootbits[8192];
	uint8_t		 pfxbits[8192];
	int		 pfx2len;	/* some prefix has two bytes */
	struct buf	 pool;
	struct lextoks	 toks;		/* for phrases */
};

static const char *typename[LEX_NTYPES] = {
	"country", "org", "actor", "person", "not", "cue", "topic", "suffix",
	"generic"
};

static const char *cuevals[] = {
	"accuse", "deny", "denounce", "sanction", "charge", "victim", "demand",
	"threaten", "say", "neg", "hyp", "mission", "attack", NULL
};

static const char *cueforms[] = {
	"verb", "noun", "pred", "attr", "prep", "list", NULL
};

struct lex *
lex_new(void)
{
	return calloc(1, sizeof(struct lex));
}

void
lex_free(struct lex *lx)
{
	size_t i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->ne; i++) {
		free(lx->e[i].phrase);
		free(lx->e[i].value);
		free(lx->e[i].state);
		free(lx->e[i].kind);
		free(lx->e[i].form);
		free(lx->e[i].need);
		free(lx->fkey[i]);
		free(lx->ckey[i]);
	}
	free(lx->e);
	free(lx->fkey);
	free(lx->ckey);
	free(lx->next);
	free(lx->nodes);
	free(lx->edges);
	free(lx->pfx);
	buf_free(&lx->pool);
	lex_toks_free(&lx->toks);
	free(lx);
}

/*
 * The hash of folded tokens, eight bytes at a step: one multiply per
 * word of text instead of one per byte.
 */
static inline uint32_t
hash(const char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	if (n > 0) {
		/* A byte loop: memcpy of a variable length is a call. */
		w = 0;
		while (n-- > 0)
			w = w << 8 | (unsigned char)s[n];
		h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
		h ^= h >> 32;
	}
	return (uint32_t)(h ^ h >> 31);
}

uint32_t
lex_hash(const char *s, size_t n)
{
	return hash(s, n);
}

#define fnv hash

/* Whether code point cp belongs inside a word: letters, marks, digits. */
static int
isword(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

static int
isupperletter(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

static const unsigned char asciiword[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
	['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2,
	['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
	['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
	['Y'] = 2, ['Z'] = 2,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

/*
 * Words are runs of letters, marks and digits; every other character but
 * white space is a token of its own, so "China's", "China’s" and
 * "Chinese-backed" start with the word and boundaries need no special
 * case. Words are folded: ASCII inline, the rest through libutf8proc.
 */
int
lex_tokenize(struct lextoks *tk, const char *s, size_t len)
{
	size_t i = 0;

	tk->n = 0;
	buf_reset(&tk->fold);
	/* ASCII folds to as many bytes: the fold buffer grows once. */
	if (buf_grow(&tk->fold, len + 1) == -1)
		return -1;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		struct lextok *t;
		int32_t cp;
		size_t n, start;

		/* Room for one more token, grown as the text needs. */
		if (tk->n == tk->cap) {
			size_t ncap = tk->cap ? tk->cap * 2 : 256;
			struct lextok *nt = reallocarray(tk->t, ncap,
			    sizeof(*nt));

			if (nt == NULL)
				return -1;
			tk->t = nt;
			tk->cap = ncap;
		}
		if (c < 0x80) {
			char *f;

			if (asciiword[c] == 0) {
				if (c == ' ' || c == '\t' || c == '\n' ||
				    c == '\r') {
					i++;
					continue;
				}
				t = &tk->t[tk->n++];
				t->isword = 0;
				t->upper = 0;
				t->off = i;
				t->len = 1;
				t->cp = c;
				t->hash = hash((const char *)&s[i], 1);
				t->foff = tk->fold.len;
				t->flen = 1;
				tk->fold.p[tk->fold.len++] = (char)c;
				i++;
				continue;
			}
			/* An ASCII word: fold and hash in one pass. */
			start = i;
			f = tk->fold.p + tk->fold.len;
			while (i < len && (c = (unsigned char)s[i]) < 0x80 &&
			    asciiword[c] != 0) {
				*f++ = (char)(asciiword[c] == 2 ? c + 32 : c);
				i++;
			}
			if (i == len || c < 0x80) {
				t = &tk->t[tk->n++];
				t->isword = 1;
				t->cp = 0;
				t->upper = asciiword[(unsigned char)s[start]] ==
				    2;
				t->off = start;
				t->len = i - start;
				t->foff = tk->fold.len;
				t->flen = t->len;
				t->hash = hash(tk->fold.p + tk->fold.len,
				    t->len);
				tk->fold.len += t->len;
				continue;
			}
			/* Not ASCII after all: start the word again. */
			i = start;
		}
		n = utf_decode(s + i, len - i, &cp);
		if (c >= 0x80 && !isword(cp)) {
			if (utf_isspace(cp) || cp == 0x200B || cp == 0xFEFF) {
				i += n;
				continue;
			}
			t = &tk->t[tk->n++];
			memset(t, 0, sizeof(*t));
			t->off = i;
			t->len = n;
			/* Curly apostrophes fold to the straight one. */
			if (cp == 0x2019 || cp == 0x2018)
				cp = '\'';
			t->cp = cp;
			t->foff = tk->fold.len;
			if (utf_encode(&tk->fold, cp) == -1)
				return -1;
			t->flen = tk->fold.len - t->foff;
			t->hash = fnv(tk->fold.p + t->foff, t->flen);
			i += n;
			if (buf_grow(&tk->fold, len - i + 1) == -1)
				return -1;
			continue;
		}
		/* A word with non-ASCII letters, folded by libutf8proc. */
		start = i;
		t = &tk->t[tk->n++];
		memset(t, 0, sizeof(*t));
		t->isword = 1;
		t->upper = c < 0x80 ? asciiword[c] == 2 : isupperletter(cp);
		while (i < len) {
			c = (unsigned char)s[i];
			if (c < 0x80) {
				if (asciiword[c] == 0)
					break;
				i++;
				continue;
			}
			n = utf_decode(s + i, len - i, &cp);
			if (!isword(cp))
				break;
			i += n;
		}
		t->off = start;
		t->len = i - start;
		t->foff = tk->fold.len;
		if (utf_fold(&tk->fold, s + start, i - start) == -1)
			return -1;
		t->flen = tk->fold.len - t->foff;
		t->hash = fnv(tk->fold.p + t->foff, t->flen);
		/* Folding may have grown the text: keep room for ASCII. */
		if (buf_grow(&tk->fold, len - i + 1) == -1)
			return -1;
	}
	return 0;
}

void
lex_toks_free(struct lextoks *tk)
{
	free(tk->t);
	buf_free(&tk->fold);
	buf_free(&tk->tmp);
	memset(tk, 0, sizeof(*tk));
}

static int
isvalue(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

/* A state: an ISO code, or a bloc code for people who speak for one. */
static int
isstate(const char *s)
{
	size_t n = strlen(s), i;

	if (n < 2 || n > 8)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9')))
			return 0;
	return 1;
}

static int
iscode(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' &&
	    s[1] >= 'A' && s[1] <= 'Z';
}

/* Builds "tok\001tok..." of the phrase's tokens, folded or as written. */
static char *
makekey(struct lextoks *tk, const char *phrase, int folded)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < tk->n; i++) {
		const struct lextok *t = &tk->t[i];

		if (i > 0 && buf_addc(&b, 1) == -1)
			goto fail;
		if (folded ? buf_add(&b, tk->fold.p + t->foff, t->flen) :
		    buf_add(&b, phrase + t->off, t->len))
			goto fail;
	}
	if (buf_addc(&b, 0) == -1)
		goto fail;
	return b.p;
fail:
	buf_free(&b);
	return NULL;
}

static int
nomem(const char *name, unsigned long long lineno)
{
	diag_at(name, lineno, "out of memory");
	return -1;
}

/* Kills every live entry whose folded key is key. Returns how many. */
static size_t
drop(struct lex *lx, const char *key)
{
	size_t i, n = 0;

	for (i = 0; i < lx->ne; i++)
		if (!(lx->e[i].flags & LEXF_DEAD) &&
		    strcmp(lx->fkey[i], key) == 0) {
			lx->e[i].flags |= LEXF_DEAD;
			n++;
		}
	return n;
}

static char *
xstrndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p != NULL) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

#define MAXFIELDS 4

int
lex_add_line(struct lex *lx, const char *line, size_t len, const char *name,
    unsigned long long lineno)
{
	const char *f[MAXFIELDS];
	size_t fl[MAXFIELDS], nf = 0, i, start;
	char tbuf[16], *phrase = NULL, *value = NULL, *state = NULL;
	char *kind = NULL, *form = NULL, *fk = NULL, *ck = NULL, vis[64];
	char *need = NULL;
	int type = -1, flags = 0, isdrop = 0;
	struct lexent *e;

	while (len > 0 && line[len - 1] == '\r')
		len--;
	for (i = 0; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	if (i == len || line[i] == '#')
		return 0;
	if (!utf_valid(line, len, NULL)) {
		diag_at(name, lineno, "invalid UTF-8");
		return -1;
	}
	/* Values are written unescaped but for backslashes: no CR inside. */
	if (memchr(line, '\r', len) != NULL) {
		diag_at(name, lineno, "carriage return inside a line");
		return -1;
	}
	for (start = 0, i = 0; i <= len; i++) {
		if (i < len && line[i] != '\t')
			continue;
		if (nf == MAXFIELDS) {
			diag_at(name, lineno, "too many fields");
			return -1;
		}
		f[nf] = line + start;
		fl[nf++] = i - start;
		start = i + 1;
	}
	if (fl[0] >= sizeof(tbuf)) {
		diag_at(name, lineno, "unknown type \"%s\"",
		    diag_vis(vis, sizeof(vis), f[0], fl[0]));
		return -1;
	}
	memcpy(tbuf, f[0], fl[0]);
	tbuf[fl[0]] = '\0';
	if (strcmp(tbuf, "drop") == 0)
		isdrop = 1;
	else {
		for (i = 0; i < LEX_NTYPES; i++)
			if (strcmp(tbuf, typename[i]) == 0)
				type = (int)i;
		if (type == -1) {
			diag_at(name, lineno, "unknown type \"%s\"",
			    diag_vis(vis, sizeof(vis), f[0], fl[0]));
			return -1;
		}
	}
	if (isdrop) {
		if (nf != 2 || fl[1] == 0) {
			diag_at(name, lineno, "drop wants one phrase");
			return -1;
		}
		if ((phrase = xstrndup(f[1], fl[1])) == NULL)
			return nomem(name, lineno);
		if (lex_tokenize(&lx->toks, phrase, fl[1]) == -1 ||
		    (fk = makekey(&lx->toks, phrase, 1)) == NULL) {
			free(phrase);
			return nomem(name, lineno);
		}
		i = drop(lx, fk);
		free(fk);
		free(phrase);
		if (i == 0) {
			diag_at(name, lineno, "nothing to drop: \"%s\"",
			    diag_vis(vis, sizeof(vis), f[1], fl[1]));
			return -1;
		}
		return 0;
	}
	if (nf < 3) {
		diag_at(name, lineno, "%s entry wants value and phrase", tbuf);
		return -1;
	}
	if (fl[1] == 0 || fl[2] == 0) {
		diag_at(name, lineno, "empty %s", fl[1] == 0 ? "value" :
		    "phrase");
		return -1;
	}
	value = xstrndup(f[1], fl[1]);
	phrase = xstrndup(f[2], fl[2]);
	if (value == NULL || phrase == NULL)
		goto nomem;
	if (type == LEX_COUNTRY && !iscode(value)) {
		diag_at(name, lineno, "country code \"%s\" is not two capital "
		    "letters", diag_vis(vis, sizeof(vis), f[1], fl[1]));
		goto fail;
	}
	if (type == LEX_SUFFIX && !isstate(value) && strcmp(value, "-") != 0) {
		diag_at(name, lineno, "suffix state \"%s\" is not a code or "
		    "\"-\"", diag_vis(vis, sizeof(vis), f[1], fl[1]));
		goto fail;
	}
	if (type == LEX_CUE && !isvalue(cuevals, value)) {
		diag_at(name, lineno, "unknown cue \"%s\"",
		    diag_vis(vis, sizeof(vis), f[1], fl[1]));
		goto fail;
	}
	/* Options: words separated by spaces. */
	if (nf > 3) {
		const char *o = f[3], *oe = f[3] + fl[3];

		while (o < oe) {
			const char *w;
			size_t wl;

			while (o < oe && *o == ' ')
				o++;
			w = o;
			while (o < oe && *o != ' ')
				o++;
			if ((wl = o - w) == 0)
				break;
			if (wl == 4 && memcmp(w, "case", 4) == 0)
				flags |= LEXF_CASE;
			else if (wl > 6 && memcmp(w, "state=", 6) == 0 &&
			    state == NULL) {
				if ((state = xstrndup(w + 6, wl - 6)) == NULL)
					goto nomem;
				if (!isstate(state) && !(type == LEX_GENERIC &&
				    strcmp(state, "*") == 0)) {
					diag_at(name, lineno, "state \"%s\" is "
					    "not a code",
					    diag_vis(vis, sizeof(vis), w + 6,
					    wl - 6));
					goto fail;
				}
			} else if (wl == 7 && memcmp(w, "state=*", 7) == 0 &&
			    state == NULL && type == LEX_GENERIC) {
				if ((state = xstrndup("*", 1)) == NULL)
					goto nomem;
			} else if (wl > 5 && memcmp(w, "kind=", 5) == 0 &&
			    kind == NULL) {
				if ((kind = xstrndup(w + 5, wl - 5)) == NULL)
					goto nomem;
			} else if (wl > 5 && memcmp(w, "form=", 5) == 0 &&
			    form == NULL && type == LEX_CUE) {
				if ((form = xstrndup(w + 5, wl - 5)) == NULL)
					goto nomem;
				if (!isvalue(cueforms, form)) {
					diag_at(name, lineno, "unknown form "
					    "\"%s\"", form);
					goto fail;
				}
			} else if (wl > 5 && memcmp(w, "need=", 5) == 0 &&
			    need == NULL && type == LEX_CUE) {
				struct buf nb = { 0 };

				/* Folded like text, so compared as it is. */
				if (utf_fold(&nb, w + 5, wl - 5) == -1 ||
				    buf_addc(&nb, '\0') == -1) {
					buf_free(&nb);
					goto nomem;
				}
				need = nb.p;
			} else {
				diag_at(name, lineno, "bad option \"%s\"",
				    diag_vis(vis, sizeof(vis), w, wl));
				goto fail;
			}
		}
	}
	if (fl[2] > 1 && phrase[fl[2] - 1] == '*') {
		flags |= LEXF_PREFIX;
		phrase[fl[2] - 1] = '\0';
		if (type != LEX_CUE && type != LEX_TOPIC) {
			diag_at(name, lineno, "only cue and topic entries "
			    "may end in '*'");
			goto fail;
		}
	}
	if (lex_tokenize(&lx->toks, phrase, strlen(phrase)) == -1)
		goto nomem;
	if (lx->toks.n == 0) {
		diag_at(name, lineno, "phrase has no words");
		goto fail;
	}
	if ((flags & LEXF_PREFIX) && (lx->toks.n != 1 ||
	    !lx->toks.t[0].isword || lx->toks.t[0].flen < 2)) {
		diag_at(name, lineno, "a prefix must be one word of two "
		    "letters or more");
		goto fail;
	}
	if ((fk = makekey(&lx->toks, phrase, 1)) == NULL ||
	    (ck = makekey(&lx->toks, phrase, 0)) == NULL)
		goto nomem;
	if (flags & LEXF_PREFIX)
		phrase[fl[2] - 1] = '*';
	if (lx->ne == lx->cap) {
		size_t ncap = lx->cap ? lx->cap * 2 : 1024;
		struct lexent *ne = reallocarray(lx->e, ncap, sizeof(*ne));
		char **nf1, **nf2;

		if (ne == NULL)
			goto nomem;
		lx->e = ne;
		if ((nf1 = reallocarray(lx->fkey, ncap, sizeof(char *))) ==
		    NULL)
			goto nomem;
		lx->fkey = nf1;
		if ((nf2 = reallocarray(lx->ckey, ncap, sizeof(char *))) ==
		    NULL)
			goto nomem;
		lx->ckey = nf2;
		lx->cap = ncap;
	}
	e = &lx->e[lx->ne];
	e->phrase = phrase;
	e->value = value;
	e->vlen = strlen(value);
	e->state = state;
	e->kind = kind;
	e->form = form;
	e->need = need;
	e->type = type;
	e->flags = flags;
	e->ntok = lx->toks.n;
	lx->fkey[lx->ne] = fk;
	lx->ckey[lx->ne] = ck;
	lx->ne++;
	return 0;
nomem:
	nomem(name, lineno);
fail:
	free(value);
	free(phrase);
	free(state);
	free(kind);
	free(form);
	free(need);
	free(fk);
	free(ck);
	return -1;
}

int
lex_load_builtin(struct lex *lx)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < lexbuiltin_n; i++) {
		const struct lexrow *r = &lexbuiltin[i];

		buf_reset(&b);
		if (buf_adds(&b, r->type) || buf_addc(&b, '\t') ||
		    buf_adds(&b, r->value) || buf_addc(&b, '\t') ||
		    buf_adds(&b, r->phrase) || (r->opts[0] != '\0' &&
		    (buf_addc(&b, '\t') || buf_adds(&b, r->opts)))) {
			buf_free(&b);
			return -1;
		}
		if (lex_add_line(lx, b.p, b.len, "<built-in>", i + 1) == -1) {
			buf_free(&b);
			return -1;
		}
	}
	buf_free(&b);
	return 0;
}

int
lex_load_file(struct lex *lx, const char *path)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned long long lineno = 0;
	int rv = 0;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) != -1) {
		lineno++;
		if (n > 0 && line[n - 1] == '\n')
			n--;
		if (memchr(line, '\0', n) != NULL) {
			diag_at(path, lineno, "NUL byte");
			rv = -1;
			break;
		}
		if (lex_add_line(lx, line, n, path, lineno) == -1) {
			rv = -1;
			break;
		}
	}
	if (rv == 0 && ferror(fp)) {
		free(line);
		fclose(fp);
		errno = EIO;
		return -1;
	}
	free(line);
	fclose(fp);
	if (rv == -1)
		errno = 0;
	return rv;
}

static int
addnode(struct lex *lx)
{
	if (lx->nnodes == lx->nodecap) {
		size_t ncap = lx->nodecap ? lx->nodecap * 2 : 1024;
		struct node *nn = reallocarray(lx->nodes, ncap, sizeof(*nn));

		if (nn == NULL)
			return -1;
		lx->nodes = nn;
		lx->nodecap = ncap;
	}
	lx->nodes[lx->nnodes].ci = -1;
	lx->nodes[lx->nnodes].cs = -1;
	return (int)lx->nnodes++;
}

static uint32_t
edgeslot(uint32_t parent, uint32_t hash)
{
	uint32_t h = hash ^ (parent * 0x9E3779B1u);

	h ^= h >> 15;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h;
}

/* Returns the child of parent by token (s, n, hash), or -1. */
static int
findedge(const struct lex *lx, uint32_t parent, const char *s, uint32_t n,
    uint32_t hash)
{
	uint32_t i = edgeslot(parent, hash) & lx->emask;

	for (;; i = (i + 1) & lx->emask) {
		const struct edge *ed = &lx->edges[i];

		if (ed->child == 0)
			return -1;
		if (ed->parent == parent && ed->hash == hash &&
		    ed->slen == n && memcmp(lx->pool.p + ed->soff, s, n) == 0)
			return (int)ed->child;
	}
}

/* Whether entries a and b are generic entries for different states. */
static int
othergeneric(const struct lex *lx, size_t a, size_t b)
{
	return lx->e[a].type == LEX_GENERIC && lx->e[b].type == LEX_GENERIC &&
	    strcmp(lx->e[a].state ? lx->e[a].state : "*",
	    lx->e[b].state ? lx->e[b].state : "*") != 0;
}

static int
insert(struct lex *lx, size_t ei)
{
	const char *k = lx->fkey[ei];
	uint32_t node = 0;
	struct node *nd;

	for (;;) {
		const char *end = strchr(k, 1);
		uint32_t n = end ? (uint32_t)(end - k) : (uint32_t)strlen(k);
		uint32_t h = fnv(k, n);
		int c = findedge(lx, node, k, n, h);

		if (node == 0)
			lx->rootbits[(h & 0xFFFF) >> 3] |= 1 << (h & 7);

		if (c == -1) {
			uint32_t i = edgeslot(node, h) & lx->emask;
			struct edge *ed;

			if ((c = addnode(lx)) == -1)
				return -1;
			while (lx->edges[i].child != 0)
				i = (i + 1) & lx->emask;
			ed = &lx->edges[i];
			ed->parent = node;
			ed->hash = h;
			ed->child = c;
			ed->soff = lx->pool.len;
			ed->slen = n;
			if (buf_add(&lx->pool, k, n) == -1)
				return -1;
			lx->nedges++;
		}
		node = c;
		if (end == NULL)
			break;
		k = end + 1;
	}
	nd = &lx->nodes[node];
	if (lx->e[ei].flags & LEXF_CASE) {
		int32_t *pp;

		/*
		 * The same exact phrase again overrides the earlier entry,
		 * but generic entries for other states go along with it.
		 */
		for (pp = &nd->cs; *pp != -1; pp = &lx->next[*pp])
			if (strcmp(lx->ckey[*pp], lx->ckey[ei]) == 0 &&
			    !othergeneric(lx, *pp, ei)) {
				lx->e[*pp].flags |= LEXF_DEAD;
				*pp = lx->next[*pp];
				break;
			}
		lx->next[ei] = nd->cs;
		nd->cs = (int32_t)ei;
	} else if (nd->ci != -1 && lx->e[nd->ci].type == LEX_GENERIC &&
	    lx->e[ei].type == LEX_GENERIC) {
		int32_t *pp;

		/* Generic entries chain, one per state. */
		for (pp = &nd->ci; *pp != -1; pp = &lx->next[*pp])
			if (!othergeneric(lx, *pp, ei)) {
				lx->e[*pp].flags |= LEXF_DEAD;
				*pp = lx->next[*pp];
				break;
			}
		lx->next[ei] = nd->ci;
		nd->ci = (int32_t)ei;
	} else {
		int32_t q;

		for (q = nd->ci; q != -1; q = lx->next[q])
			lx->e[q].flags |= LEXF_DEAD;
		lx->next[ei] = -1;
		nd->ci = (int32_t)ei;
	}
	return 0;
}

/*
 * The filter index of a prefix or word: its first three bytes (two for
 * a prefix of two), mixed into 16 bits.
 */
static uint32_t
pfx3(const char *s, size_t n)
{
	uint32_t w = (unsigned char)s[0] | (unsigned char)s[1] << 8 |
	    (n > 2 ? (uint32_t)(unsigned char)s[2] << 16 : 0);

	w *= 0x9E3779B1u;
	return w >> 16;
}

/*
 * Prefixes are filed under their first four bytes (all of them when
 * shorter), so a word needs at most three probes, for its first two,
 * three and four bytes, whatever the lengths of the prefixes.
 */
#define PFXKEY	4

/* The hash of a prefix key of at most four bytes: one multiply. */
static inline uint32_t
pfxhash(const char *s, size_t n)
{
	uint32_t w = 0, l = n;

	while (l-- > 0)
		w = w << 8 | (unsigned char)s[l];
	w = (w ^ (uint32_t)n << 29) * 0x9E3779B1u;
	return w ^ w >> 15;
}

static int
insertpfx(struct lex *lx, size_t ei)
{
	const char *k = lx->fkey[ei];
	uint32_t n = strlen(k), kl = n < PFXKEY ? n : PFXKEY;
	uint32_t h = pfxhash(k, kl);
	uint32_t i;
	int32_t *pp;

	for (i = h & lx->pmask;; i = (i + 1) & lx->pmask) {
		struct pfx *p = &lx->pfx[i];

		if (p->ent == -1) {
			p->hash = h;
			p->soff = lx->pool.len;
			p->slen = kl;
			p->ent = -1;
			if (buf_add(&lx->pool, k, kl) == -1)
				return -1;
			break;
		}
		if (p->hash == h && p->slen == kl &&
		    memcmp(lx->pool.p + p->soff, k, kl) == 0)
			break;
	}
	/* The same prefix of the same value and type overrides. */
	for (pp = &lx->pfx[i].ent; *pp != -1; pp = &lx->next[*pp])
		if (lx->e[*pp].type == lx->e[ei].type &&
		    strcmp(lx->fkey[*pp], k) == 0 &&
		    strcmp(lx->e[*pp].value, lx->e[ei].value) == 0) {
			lx->e[*pp].flags |= LEXF_DEAD;
			*pp = lx->next[*pp];
			break;
		}
	lx->next[ei] = lx->pfx[i].ent;
	lx->pfx[i].ent = (int32_t)ei;
	lx->plens |= (uint64_t)1 << kl;
	i = pfx3(k, n);
	lx->pfxbits[i >> 3] |= 1 << (i & 7);
	if (n == 2)
		lx->pfx2len = 1;
	return 0;
}

int
lex_compile(struct lex *lx)
{
	size_t i, want, np;

	free(lx->next);
	free(lx->edges);
	free(lx->pfx);
	lx->nnodes = 0;
	lx->nedges = 0;
	lx->plens = 0;
	memset(lx->rootbits, 0, sizeof(lx->rootbits));
	memset(lx->pfxbits, 0, sizeof(lx->pfxbits));
	lx->pfx2len = 0;
	buf_reset(&lx->pool);
	if ((lx->next = calloc(lx->ne + 1, sizeof(int32_t))) == NULL)
		return -1;
	for (i = 0, want = 0; i < lx->ne; i++)
		want += lx->e[i].ntok;
	for (i = want * 2 + 64, want = 64; want < i; want *= 2)
		;
	if ((lx->edges = calloc(want, sizeof(struct edge))) == NULL)
		return -1;
	lx->emask = want - 1;
	/* The prefix table is small: it stays in cache. */
	for (i = 0, np = 0; i < lx->ne; i++)
		np += (lx->e[i].flags & LEXF_PREFIX) != 0;
	for (want = 64; want < np * 4; want *= 2)
		;
	if ((lx->pfx = calloc(want, sizeof(struct pfx))) == NULL)
		return -1;
	for (i = 0; i < want; i++)
		lx->pfx[i].ent = -1;
	lx->pmask = want - 1;
	if (addnode(lx) == -1)
		return -1;
	for (i = 0; i < lx->ne; i++) {
		if (lx->e[i].flags & LEXF_DEAD)
			continue;
		if ((lx->e[i].flags & LEXF_PREFIX ? insertpfx(lx, i) :
		    insert(lx, i)) == -1)
			return -1;
	}
	/* A generic entry stands for the actor of its value. */
	for (i = 0; i < lx->ne; i++) {
		size_t k;

		if (lx->e[i].type != LEX_GENERIC)
			continue;
		lx->e[i].ref = NULL;
		for (k = 0; k < lx->ne && lx->e[i].ref == NULL; k++)
			if (lx->e[k].type == LEX_ACTOR &&
			    !(lx->e[k].flags & LEXF_DEAD) &&
			    strcmp(lx->e[k].value, lx->e[i].value) == 0)
				lx->e[i].ref = &lx->e[k];
	}
	return 0;
}

/* Whether text tokens from i match the exact-case key k. */
static int
exactcase(const struct lextoks *tk, const char *text, size_t i, const char *k)
{
	for (;; i++) {
		const char *end = strchr(k, 1);
		size_t n = end ? (size_t)(end - k) : strlen(k);

		if (i >= tk->n || tk->t[i].len != n ||
		    memcmp(text + tk->t[i].off, k, n) != 0)
			return 0;
		if (end == NULL)
			return 1;
		k = end + 1;
	}
}

const struct lexent *
lex_match(const struct lex *lx, const struct lextoks *tk, const char *text,
    size_t i, size_t *end, int type)
{
	const struct lexent *best = NULL;
	uint32_t node = 0, h = tk->t[i].hash & 0xFFFF;
	size_t j;

	if (!(lx->rootbits[h >> 3] & (1 << (h & 7))))
		return NULL;
	for (j = i; j < tk->n; j++) {
		const struct lextok *t = &tk->t[j];
		const struct node *nd;
		int c;
		int32_t k;

		c = findedge(lx, node, tk->fold.p + t->foff, t->flen, t->hash);
		if (c == -1)
			break;
		node = c;
		nd = &lx->nodes[node];
		for (k = nd->cs; k != -1; k = lx->next[k])
			if ((type == -1 || lx->e[k].type == type) &&
			    exactcase(tk, text, i, lx->ckey[k]))
				break;
		if (k != -1) {
			best = &lx->e[k];
			*end = j + 1;
		} else if (nd->ci != -1 && (type == -1 ||
		    lx->e[nd->ci].type == type)) {
			best = &lx->e[nd->ci];
			*end = j + 1;
		}
	}
	return best;
}

size_t
lex_match_prefix(const struct lex *lx, const struct lextoks *tk, size_t i,
    const struct lexent **out, size_t max)
{
	const struct lextok *t = &tk->t[i];
	const char *s = tk->fold.p + t->foff;
	uint32_t h, l;
	size_t n = 0;

	if (!t->isword || lx->plens == 0 || t->flen < 2)
		return 0;
	l = pfx3(s, t->flen < 3 ? t->flen : 3);
	h = pfx3(s, 2);
	if (!(lx->pfxbits[l >> 3] & (1 << (l & 7))) && !(lx->pfx2len &&
	    (lx->pfxbits[h >> 3] & (1 << (h & 7)))))
		return 0;
	for (l = 2; l <= t->flen && l <= PFXKEY; l++) {
		uint32_t j;

		if (!(lx->plens & ((uint64_t)1 << l)))
			continue;
		h = pfxhash(s, l);
		for (j = h & lx->pmask;; j = (j + 1) & lx->pmask) {
			const struct pfx *p = &lx->pfx[j];
			int32_t k;

			if (p->ent == -1)
				break;
			if (p->hash != h || p->slen != l ||
			    memcmp(lx->pool.p + p->soff, s, l) != 0)
				continue;
			for (k = p->ent; k != -1 && n < max; k = lx->next[k]) {
				const char *f = lx->fkey[k];
				size_t fl = strlen(f);

				if (fl <= t->flen && memcmp(f, s, fl) == 0)
					out[n++] = &lx->e[k];
			}
			break;
		}
	}
	return n;
}

const struct lexent *
lex_generic(const struct lex *lx, const struct lexent *e, const char *state)
{
	int32_t k = (int32_t)(e - lx->e);
	const char *key = lx->fkey[k];

	for (; k != -1; k = lx->next[k]) {
		const struct lexent *g = &lx->e[k];

		if (g->type != LEX_GENERIC || strcmp(lx->fkey[k], key) != 0)
			continue;
		if (state == NULL ? g->state == NULL ||
		    strcmp(g->state, "*") == 0 :
		    g->state != NULL && strcmp(g->state, state) == 0)
			return g;
	}
	return NULL;
}

struct lexent *
lex_entries(const struct lex *lx, size_t *n)
{
	*n = lx->ne;
	return lx->e;
}

int
lex_print(const struct lex *lx, FILE *fp)
{
	size_t i;

	if (fprintf(fp, "# cctag lexicon: type, value, phrase, options "
	    "(cc-lexicon(5))\n") < 0)
		return -1;
	for (i = 0; i < lx->ne; i++) {
		const struct lexent *e = &lx->e[i];
		int sp = 0;

		if (e->flags & LEXF_DEAD)
			continue;
		if (fprintf(fp, "%s\t%s\t%s", typename[e->type], e->value,
		    e->phrase) < 0)
			return -1;
#define OPT(...) do {							\
	if (fprintf(fp, "%s", sp++ ? " " : "\t") < 0 ||			\
	    fprintf(fp, __VA_ARGS__) < 0)				\
		return -1;						\
} while (0)
		if (e->flags & LEXF_CASE)
			OPT("case");
		if (e->state != NULL)
			OPT("state=%s", e->state);
		if (e->kind != NULL)
			OPT("kind=%s", e->kind);
		if (e->form != NULL)
			OPT("form=%s", e->form);
		if (e->need != NULL)
			OPT("need=%s", e->need);
#undef OPT
		if (putc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}
