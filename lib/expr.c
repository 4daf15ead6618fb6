/*
 * expr: compiling ccfilter expressions from words and evaluating them
 * against records.
 *
 * The grammar, loosest binding first:
 *
 *	or	= and { "or" and }
 *	and	= not { [ "and" ] not }		(juxtaposition is "and")
 *	not	= "not" not | primary
 *	primary	= "(" or ")" | test
 *
 * It is parsed by recursive descent with the nesting of "(" and "not"
 * bounded by EXPR_MAXDEPTH, so a hostile expression gets an error instead
 * of a stack overflow; "and" and "or" chains become one node with many
 * children, so evaluation recurses no deeper than the nesting either.
 *
 * Equality compares the raw (escaped) bytes of a value with the escaped
 * form of the expression's value: the four escapes are canonical, so
 * this equals comparing unescaped values, and it needs no copy. Regexes
 * see the unescaped value, in UTF mode with Unicode properties (\w, \d,
 * \b know letters beyond ASCII, as grep -P does in a UTF-8 locale).
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <errno.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "esc.h"
#include "expr.h"
#include "rec.h"
#include "utf.h"

enum ntype {
	N_AND, N_OR, N_NOT,
	N_HAS, N_EQ, N_NE, N_RE, N_NRE, N_LT, N_LE, N_GT, N_GE
};

/*
 * A decimal number as digit strings: leading zeros of the integer part
 * and trailing zeros of the fraction removed, zero never negative, so
 * numbers compare exactly, whatever their size.
 */
struct num {
	int		 neg;
	const char	*ip, *fp;
	size_t		 il, fl;
};

struct node {
	enum ntype	 type;
	int		 word;		/* from 1 */
	const char	*src;		/* the word itself */
	char		*key;
	size_t		 klen;
	struct buf	 raw;		/* N_EQ, N_NE: escaped value */
	struct buf	 field;		/* N_EQ: the whole raw field */
	pcre2_code	*re;		/* N_RE, N_NRE */
	struct num	 num;		/* N_LT ... N_GE */
	struct node	**kid;		/* N_AND, N_OR, N_NOT */
	size_t		 nkid;
	struct node	*allnext;	/* every node, for expr_free */
};

struct expr {
	struct node		*root;
	struct node		*all;
	pcre2_match_context	*mctx;
	pcre2_match_data	*md;
	pcre2_jit_stack		*jstack;
	struct buf		 tmp;		/* unescaped value */
	struct scan_field	 needle[SCAN_MAXFIELDS];	/* expr_needles */
	size_t			 nneedle;
	int			 enough;
	int			 has_re;
	char			 err[512];
};

struct parser {
	int		 nw, pos, depth;
	char		**w;
	struct expr	*e;
	char		*err;
	size_t		 errsz;
};

static struct node *parse_or(struct parser *);
static void find_needles(struct expr *);

/* Shows a word in a message without raw control bytes. */
static const char *
vis(char *dst, size_t dstsz, const char *s)
{
	return diag_vis(dst, dstsz, s, strlen(s));
}

static int
isword(const char *w, const char *what)
{
	return strcmp(w, what) == 0;
}

static int
isoperator(const char *w)
{
	return isword(w, "and") || isword(w, "or") || isword(w, "not") ||
	    isword(w, "(") || isword(w, ")");
}

static struct node *
node_new(struct parser *p, enum ntype type)
{
	struct node *n;

	if ((n = calloc(1, sizeof(*n))) == NULL) {
		snprintf(p->err, p->errsz, "%s", strerror(errno));
		return NULL;
	}
	n->type = type;
	n->word = p->pos + 1;
	n->src = p->pos < p->nw ? p->w[p->pos] : "";
	n->allnext = p->e->all;
	p->e->all = n;
	return n;
}

static int
node_addkid(struct parser *p, struct node *n, struct node *kid)
{
	struct node **k;

	if ((k = reallocarray(n->kid, n->nkid + 1, sizeof(*k))) == NULL) {
		snprintf(p->err, p->errsz, "%s", strerror(errno));
		return -1;
	}
	n->kid = k;
	n->kid[n->nkid++] = kid;
	return 0;
}

/*
 * Parses a number: an optional minus, digits, and an optional fraction
 * of a dot and digits. No plus, exponent, space or thousands separator:
 * a value is a number only when it looks like one everywhere.
 */
static int
num_parse(const char *s, size_t n, struct num *v)
{
	size_t i = 0, j;

	v->neg = n > 0 && s[0] == '-';
	i = (size_t)v->neg;
	for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
		;
	if (j == i)
		return -1;
	v->ip = s + i;
	v->il = j - i;
	v->fp = s + j;
	v->fl = 0;
	if (j < n) {
		if (s[j] != '.')
			return -1;
		for (i = ++j; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			;
		if (j == i || j != n)
			return -1;
		v->fp = s + i;
		v->fl = j - i;
	}
	while (v->il > 0 && v->ip[0] == '0')
		v->ip++, v->il--;
	while (v->fl > 0 && v->fp[v->fl - 1] == '0')
		v->fl--;
	if (v->il == 0 && v->fl == 0)
		v->neg = 0;
	return 0;
}

/* Compares magnitudes, then applies the signs. Returns <0, 0 or >0. */
static int
num_cmp(const struct num *a, const struct num *b)
{
	size_t m;
	int c;

	if (a->neg != b->neg)
		return a->neg ? -1 : 1;
	if (a->il != b->il)
		c = a->il < b->il ? -1 : 1;
	else if ((c = memcmp(a->ip, b->ip, a->il)) == 0) {
		m = a->fl < b->fl ? a->fl : b->fl;
		if ((c = memcmp(a->fp, b->fp, m)) == 0)
			c = a->fl == b->fl ? 0 : a->fl < b->fl ? -1 : 1;
	}
	return a->neg ? -c : c;
}

/*
 * Sets the raw value of n from a checked operand. Decoding and encoding
 * again gives the one raw form a record can hold, whether the user typed
 * "\t" or a TAB. Returns 0 or -1.
 */
static int
set_raw(struct node *n, const char *val)
{
	struct buf dec = { 0 };
	size_t len = strlen(val);
	int rc;

	if (buf_grow(&dec, len + 1) == -1)
		return -1;
	dec.len = esc_decode(dec.p, val, len);
	rc = esc_encode(&n->raw, dec.p, dec.len);
	buf_free(&dec);
	if (rc == -1)
		return -1;
	return rec_add_raw(&n->field, n->key, n->klen, n->raw.p, n->raw.len);
}

/* Parses one test word: key, operator, operand. */
static struct node *
parse_test(struct parser *p)
{
	static const char *opname[] = {
		[N_EQ] = "value", [N_NE] = "value", [N_RE] = "regex",
		[N_NRE] = "regex", [N_LT] = "number", [N_LE] = "number",
		[N_GT] = "number", [N_GE] = "number",
	};
	const char *w = p->w[p->pos], *op, *val;
	char v1[128], v2[128], tmp[256];
	PCRE2_SIZE eoff;
	struct node *n;
	size_t klen, bad;
	enum ntype t;
	long esc;
	int ec;

	klen = strcspn(w, "=!~<>");
	if (!rec_key_valid(w, klen)) {
		diag_vis(v1, sizeof(v1), w, klen);
		if (w[0] == '(' || w[0] == ')')
			snprintf(p->err, p->errsz, "bad key \"%s\" in \"%s\" "
			    "(word %d): \"(\" and \")\" are words of their own",
			    v1, vis(v2, sizeof(v2), w), p->pos + 1);
		else if (w[klen] == '\0')
			snprintf(p->err, p->errsz, "bad key \"%s\" (word %d)",
			    v1, p->pos + 1);
		else
			snprintf(p->err, p->errsz, "bad key \"%s\" in \"%s\" "
			    "(word %d)", v1, vis(v2, sizeof(v2), w), p->pos + 1);
		return NULL;
	}
	op = w + klen;
	switch (op[0]) {
	case '\0':
		t = N_HAS;
		val = op;
		break;
	case '=':
		t = N_EQ;
		val = op + 1;
		break;
	case '~':
		t = N_RE;
		val = op + 1;
		break;
	case '!':
		t = op[1] == '=' ? N_NE : N_NRE;
		val = op + 2;
		if (op[1] != '=' && op[1] != '~') {
			snprintf(p->err, p->errsz, "bad operator in \"%s\" "
			    "(word %d): \"!\" must be followed by \"=\" or \"~\"",
			    vis(v1, sizeof(v1), w), p->pos + 1);
			return NULL;
		}
		break;
	case '<':
		t = op[1] == '=' ? N_LE : N_LT;
		val = op + 1 + (op[1] == '=');
		break;
	default:	/* '>' */
		t = op[1] == '=' ? N_GE : N_GT;
		val = op + 1 + (op[1] == '=');
		break;
	}
	if (t != N_HAS && *val == '\0') {
		snprintf(p->err, p->errsz, "expected %s after \"%s\" (word %d)",
		    opname[t], vis(v1, sizeof(v1), w), p->pos + 1);
		return NULL;
	}
	if ((n = node_new(p, t)) == NULL)
		return NULL;
	if ((n->key = strndup(w, klen)) == NULL) {
		snprintf(p->err, p->errsz, "%s", strerror(errno));
		return NULL;
	}
	n->klen = klen;
	switch (t) {
	case N_EQ:
	case N_NE:
		if (!utf_valid(val, strlen(val), &bad)) {
			snprintf(p->err, p->errsz, "invalid UTF-8 in \"%s\" "
			    "(word %d)", vis(v1, sizeof(v1), w), p->pos + 1);
			return NULL;
		}
		if ((esc = esc_check(val, strlen(val))) != -1) {
			diag_vis(v2, sizeof(v2), val + esc, val[esc + 1] ? 2 : 1);
			snprintf(p->err, p->errsz, "bad escape \"%s\" in \"%s\" "
			    "(word %d): only \\\\ \\t \\n \\r are escapes",
			    v2, vis(v1, sizeof(v1), w), p->pos + 1);
			return NULL;
		}
		if (set_raw(n, val) == -1) {
			snprintf(p->err, p->errsz, "%s", strerror(ENOMEM));
			return NULL;
		}
		break;
	case N_RE:
	case N_NRE:
		n->re = pcre2_compile((PCRE2_SPTR)val, PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP, &ec, &eoff, NULL);
		if (n->re == NULL) {
			pcre2_get_error_message(ec, (PCRE2_UCHAR *)tmp,
			    sizeof(tmp));
			snprintf(p->err, p->errsz, "bad regex \"%s\" (word %d): "
			    "%s at offset %zu", vis(v1, sizeof(v1), val),
			    p->pos + 1, tmp, (size_t)eoff);
			return NULL;
		}
		/* Without JIT (not built in) the interpreter still works. */
		(void)pcre2_jit_compile(n->re, PCRE2_JIT_COMPLETE);
		p->e->has_re = 1;
		break;
	case N_LT:
	case N_LE:
	case N_GT:
	case N_GE:
		if (num_parse(val, strlen(val), &n->num) == -1) {
			snprintf(p->err, p->errsz, "bad number \"%s\" in \"%s\" "
			    "(word %d): a number is [-]digits[.digits]",
			    vis(v1, sizeof(v1), val), vis(v2, sizeof(v2), w),
			    p->pos + 1);
			return NULL;
		}
		break;
	default:
		break;
	}
	p->pos++;
	return n;
}

static int
deeper(struct parser *p)
{
	char v[128];

	if (++p->depth <= EXPR_MAXDEPTH)
		return 0;
	snprintf(p->err, p->errsz, "expression nested too deeply at \"%s\" "
	    "(word %d): more than %d levels of \"(\" and \"not\"",
	    vis(v, sizeof(v), p->w[p->pos]), p->pos + 1, EXPR_MAXDEPTH);
	return -1;
}

static struct node *
parse_primary(struct parser *p)
{
	char v[128];
	struct node *n;
	int open;

	if (p->pos == p->nw) {
		if (p->nw == 0)
			snprintf(p->err, p->errsz, "empty expression");
		else
			snprintf(p->err, p->errsz, "expected an expression "
			    "after \"%s\" (word %d)",
			    vis(v, sizeof(v), p->w[p->pos - 1]), p->pos);
		return NULL;
	}
	if (isword(p->w[p->pos], "(")) {
		open = p->pos;
		if (deeper(p) == -1)
			return NULL;
		p->pos++;
		if ((n = parse_or(p)) == NULL)
			return NULL;
		if (p->pos == p->nw || !isword(p->w[p->pos], ")")) {
			snprintf(p->err, p->errsz, "unbalanced \"(\" (word %d)",
			    open + 1);
			return NULL;
		}
		p->pos++;
		p->depth--;
		return n;
	}
	if (isword(p->w[p->pos], ")") || isword(p->w[p->pos], "and") ||
	    isword(p->w[p->pos], "or")) {
		if (p->pos > 0 && isoperator(p->w[p->pos - 1]) &&
		    !isword(p->w[p->pos - 1], ")"))
			snprintf(p->err, p->errsz, "expected an expression "
			    "after \"%s\" (word %d)", p->w[p->pos - 1], p->pos);
		else if (isword(p->w[p->pos], ")"))
			snprintf(p->err, p->errsz, "unbalanced \")\" (word %d)",
			    p->pos + 1);
		else
			snprintf(p->err, p->errsz, "expected an expression "
			    "before \"%s\" (word %d)", p->w[p->pos], p->pos + 1);
		return NULL;
	}
	return parse_test(p);
}

static struct node *
parse_not(struct parser *p)
{
	struct node *n, *kid;
	int depth = p->depth;

	if (!isword(p->w[p->pos], "not"))
		return parse_primary(p);
	if (deeper(p) == -1 || (n = node_new(p, N_NOT)) == NULL)
		return NULL;
	p->pos++;
	if ((kid = p->pos < p->nw ? parse_not(p) : parse_primary(p)) == NULL ||
	    node_addkid(p, n, kid) == -1)
		return NULL;
	p->depth = depth;
	return n;
}

/* Parses a chain of one operator into one node with many children. */
static struct node *
parse_and(struct parser *p)
{
	struct node *n = NULL, *kid;

	if ((kid = p->pos < p->nw ? parse_not(p) : parse_primary(p)) == NULL)
		return NULL;
	while (p->pos < p->nw && !isword(p->w[p->pos], "or") &&
	    !isword(p->w[p->pos], ")")) {
		if (n == NULL) {
			if ((n = node_new(p, N_AND)) == NULL ||
			    node_addkid(p, n, kid) == -1)
				return NULL;
		}
		if (isword(p->w[p->pos], "and"))
			p->pos++;
		if ((kid = p->pos < p->nw ? parse_not(p) : parse_primary(p))
		    == NULL || node_addkid(p, n, kid) == -1)
			return NULL;
	}
	return n != NULL ? n : kid;
}

static struct node *
parse_or(struct parser *p)
{
	struct node *n = NULL, *kid;

	if ((kid = parse_and(p)) == NULL)
		return NULL;
	while (p->pos < p->nw && isword(p->w[p->pos], "or")) {
		if (n == NULL) {
			if ((n = node_new(p, N_OR)) == NULL ||
			    node_addkid(p, n, kid) == -1)
				return NULL;
		}
		p->pos++;
		if ((kid = parse_and(p)) == NULL ||
		    node_addkid(p, n, kid) == -1)
			return NULL;
	}
	return n != NULL ? n : kid;
}

struct expr *
expr_compile(int nwords, char **words, const struct expr_limits *lim,
    char *err, size_t errsz)
{
	struct expr_limits dflt = { EXPR_MATCH_LIMIT, EXPR_HEAP_LIMIT };
	struct parser p = { 0 };
	struct expr *e;

	if (lim == NULL)
		lim = &dflt;
	if ((e = calloc(1, sizeof(*e))) == NULL) {
		snprintf(err, errsz, "%s", strerror(errno));
		return NULL;
	}
	p.nw = nwords;
	p.w = words;
	p.e = e;
	p.err = err;
	p.errsz = errsz;
	if ((e->root = parse_or(&p)) == NULL)
		goto fail;
	if (p.pos < p.nw) {
		/* parse_or stops only at a ")" it did not open. */
		snprintf(err, errsz, "unbalanced \")\" (word %d)", p.pos + 1);
		goto fail;
	}
	find_needles(e);
	if ((e->mctx = pcre2_match_context_create(NULL)) == NULL ||
	    (e->md = pcre2_match_data_create(1, NULL)) == NULL) {
		snprintf(err, errsz, "%s", strerror(ENOMEM));
		goto fail;
	}
	pcre2_set_match_limit(e->mctx, lim->match);
	pcre2_set_depth_limit(e->mctx, lim->match);
	pcre2_set_heap_limit(e->mctx, (uint32_t)(lim->heap / 1024 > UINT32_MAX ?
	    UINT32_MAX : lim->heap / 1024 > 0 ? lim->heap / 1024 : 1));
	/* JIT code has its own stack, bounded by the same heap limit. */
	if (e->has_re)
		e->jstack = pcre2_jit_stack_create(32 << 10,
		    lim->heap > (32 << 10) ? lim->heap : 32 << 10, NULL);
	if (e->jstack != NULL)
		pcre2_jit_stack_assign(e->mctx, NULL, e->jstack);
	return e;
fail:
	expr_free(e);
	return NULL;
}

/* Runs the regex of n on a value. Returns 1, 0 or -1 (e->err set). */
static int
re_match(struct expr *e, const struct node *n, const char *v, size_t len)
{
	char v1[128], msg[256];
	const char *what;
	int rc;

	rc = pcre2_match(n->re, (PCRE2_SPTR)v, len, 0, PCRE2_NO_UTF_CHECK,
	    e->md, e->mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
		what = "hit the match limit (raise it with -M)";
		break;
	case PCRE2_ERROR_DEPTHLIMIT:
		what = "hit the depth limit (raise it with -M)";
		break;
	case PCRE2_ERROR_HEAPLIMIT:
		what = "hit the heap limit (raise it with -H)";
		break;
	case PCRE2_ERROR_JIT_STACKLIMIT:
		what = "hit the JIT stack limit (raise it with -H)";
		break;
	default:
		pcre2_get_error_message(rc, (PCRE2_UCHAR *)msg, sizeof(msg));
		what = msg;
		break;
	}
	snprintf(e->err, sizeof(e->err), "regex \"%s\" (word %d) %s",
	    vis(v1, sizeof(v1), n->src + n->klen + (n->type == N_NRE ? 2 : 1)),
	    n->word, what);
	return -1;
}

/* Evaluates a test: whether some value of the key satisfies it. */
static int
test(struct expr *e, const struct node *n, const struct rec *r)
{
	const struct field *f;
	const char *v;
	struct num num;
	size_t i, len;
	int c, rc;

	for (i = 0; i < r->nf; i++) {
		f = &r->f[i];
		if (f->klen != n->klen || memcmp(f->key, n->key, n->klen) != 0)
			continue;
		switch (n->type) {
		case N_HAS:
			return 1;
		case N_EQ:
		case N_NE:
			if (f->vlen == n->raw.len &&
			    memcmp(f->val, n->raw.p, f->vlen) == 0)
				return 1;
			break;
		case N_RE:
		case N_NRE:
			if (rec_value(r, i, &e->tmp, &v, &len) == -1) {
				snprintf(e->err, sizeof(e->err), "%s",
				    strerror(ENOMEM));
				return -1;
			}
			if ((rc = re_match(e, n, v, len)) != 0)
				return rc;
			break;
		default:
			if (num_parse(f->val, f->vlen, &num) == -1)
				break;
			c = num_cmp(&num, &n->num);
			if ((n->type == N_LT && c < 0) ||
			    (n->type == N_LE && c <= 0) ||
			    (n->type == N_GT && c > 0) ||
			    (n->type == N_GE && c >= 0))
				return 1;
			break;
		}
	}
	return 0;
}

static int
eval(struct expr *e, const struct node *n, const struct rec *r)
{
	size_t i;
	int rc;

	switch (n->type) {
	case N_AND:
		for (i = 0; i < n->nkid; i++)
			if ((rc = eval(e, n->kid[i], r)) != 1)
				return rc;
		return 1;
	case N_OR:
		for (i = 0; i < n->nkid; i++)
			if ((rc = eval(e, n->kid[i], r)) != 0)
				return rc;
		return 0;
	case N_NOT:
		rc = eval(e, n->kid[0], r);
		return rc == -1 ? -1 : !rc;
	case N_NE:
	case N_NRE:
		/* "No value equals" is the negation of "some value equals". */
		rc = test(e, n, r);
		return rc == -1 ? -1 : !rc;
	default:
		return test(e, n, r);
	}
}

int
expr_match(struct expr *e, const struct rec *r)
{
	return eval(e, e->root, r);
}

const char *
expr_error(const struct expr *e)
{
	return e->err;
}

/* Collects the "key=value" fields that every selected record has. */
static void
find_needles(struct expr *e)
{
	const struct node *k;
	size_t i;

	if (e->root->type == N_EQ) {
		e->needle[0].p = e->root->field.p;
		e->needle[0].len = e->root->field.len;
		e->nneedle = 1;
		e->enough = 1;
		return;
	}
	if (e->root->type != N_AND)
		return;
	e->enough = 1;
	for (i = 0; i < e->root->nkid; i++) {
		k = e->root->kid[i];
		if (k->type != N_EQ || e->nneedle == SCAN_MAXFIELDS) {
			e->enough = 0;
			continue;
		}
		e->needle[e->nneedle].p = k->field.p;
		e->needle[e->nneedle++].len = k->field.len;
	}
	if (e->nneedle == 0)
		e->enough = 0;
}

int
expr_needles(const struct expr *e, const struct scan_field **f, size_t *n)
{
	if (e->nneedle == 0)
		return -1;
	*f = e->needle;
	*n = e->nneedle;
	return e->enough;
}

void
expr_free(struct expr *e)
{
	struct node *n, *next;

	if (e == NULL)
		return;
	for (n = e->all; n != NULL; n = next) {
		next = n->allnext;
		free(n->key);
		free(n->kid);
		buf_free(&n->raw);
		buf_free(&n->field);
		pcre2_code_free(n->re);
		free(n);
	}
	pcre2_match_data_free(e->md);
	pcre2_match_context_free(e->mctx);
	pcre2_jit_stack_free(e->jstack);
	buf_free(&e->tmp);
	free(e);
}
