/*
 * json: writing records as JSON objects by hand and reading JSON Lines
 * through jansson.
 */
#include <errno.h>
#include <stdarg.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "diag.h"
#include "esc.h"
#include "json.h"
#include "utf.h"

/*
 * What a byte becomes inside a JSON string: 0 copied, 1 escaped as
 * \u00XX, else the letter of its short escape. Backslash is absent on
 * purpose: json_put_raw copies record escapes through unchanged.
 */
static const unsigned char jesc[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 'b', 't', 'n', 1, 'f', 'r', 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = '"',
};

/* Appends s with the bytes jesc marks escaped. Returns 0 or -1. */
static int
put_escaped(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;

	/* The worst case is six bytes out per byte in, then a quote. */
	if (buf_grow(b, len * 6 + 2) == -1)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i], e = jesc[c];

		if (e == 0)
			continue;
		memcpy(b->p + b->len, s + run, i - run);
		b->len += i - run;
		run = i + 1;
		b->p[b->len++] = '\\';
		if (e == 1) {
			memcpy(b->p + b->len, "u00", 3);
			b->len += 3;
			b->p[b->len++] = hex[c >> 4];
			b->p[b->len++] = hex[c & 15];
		} else
			b->p[b->len++] = (char)e;
	}
	memcpy(b->p + b->len, s + run, len - run);
	b->len += len - run;
	b->p[b->len] = '\0';
	return 0;
}

int
json_put_raw(struct buf *b, const char *raw, size_t rlen)
{
	/* put_escaped reserves room for the closing quote too. */
	if (buf_addc(b, '"') == -1 || put_escaped(b, raw, rlen) == -1)
		return -1;
	b->p[b->len++] = '"';
	b->p[b->len] = '\0';
	return 0;
}

int
json_put_string(struct buf *b, const char *s, size_t len)
{
	const char *p = s, *end = s + len, *q;

	if (buf_addc(b, '"') == -1)
		return -1;
	while ((q = memchr(p, '\\', (size_t)(end - p))) != NULL) {
		if (put_escaped(b, p, (size_t)(q - p)) == -1 ||
		    buf_add(b, "\\\\", 2) == -1)
			return -1;
		p = q + 1;
	}
	if (put_escaped(b, p, (size_t)(end - p)) == -1)
		return -1;
	return buf_addc(b, '"');
}

/* Keys are short: the length and first byte settle most comparisons. */
static inline int
samekey(const struct field *a, const struct field *b)
{
	return a->klen == b->klen && a->key[0] == b->key[0] &&
	    memcmp(a->key, b->key, a->klen) == 0;
}

/* Returns the index of the next field at or after i with f's key, or nf. */
static size_t
nextkey(const struct rec *r, const struct field *f, size_t i)
{
	while (i < r->nf && !samekey(&r->f[i], f))
		i++;
	return i;
}

int
json_put_rec(struct buf *b, const struct rec *r, int arrays)
{
	size_t i, j, k;

	if (buf_addc(b, '{') == -1)
		return -1;
	for (i = 0; i < r->nf; i++) {
		const struct field *f = &r->f[i];

		/* A key's fields are written together at its first one. */
		for (k = 0; k < i && !samekey(&r->f[k], f); k++)
			;
		if (k < i)
			continue;
		/* Keys are [a-z][a-z0-9_.-]*: nothing to escape. */
		if (buf_grow(b, f->klen + 5) == -1)
			return -1;
		if (i > 0)
			b->p[b->len++] = ',';
		b->p[b->len++] = '"';
		memcpy(b->p + b->len, f->key, f->klen);
		b->len += f->klen;
		b->p[b->len++] = '"';
		b->p[b->len++] = ':';
		j = nextkey(r, f, i + 1);
		if (j == r->nf && !arrays) {
			if (json_put_raw(b, f->val, f->vlen) == -1)
				return -1;
			continue;
		}
		if (buf_addc(b, '[') == -1 ||
		    json_put_raw(b, f->val, f->vlen) == -1)
			return -1;
		for (; j < r->nf; j = nextkey(r, f, j + 1))
			if (buf_addc(b, ',') == -1 ||
			    json_put_raw(b, r->f[j].val, r->f[j].vlen) == -1)
				return -1;
		if (buf_addc(b, ']') == -1)
			return -1;
	}
	return buf_addc(b, '}');
}

int
json_key_map(struct buf *b, const char *key, size_t len)
{
	size_t i = 0, n;
	int32_t cp;

	if (len == 0 || rec_keych[(unsigned char)(key[0] | 0x20)] != 1 ||
	    (unsigned char)key[0] >= 0x80)
		if (buf_addc(b, 'x') == -1)
			return -1;
	while (i < len) {
		unsigned char c = (unsigned char)key[i];

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c < 0x80 && rec_keych[c]) {
			if (buf_addc(b, c) == -1)
				return -1;
			i++;
			continue;
		}
		/* One "_" per character, however many bytes it has. */
		n = c < 0x80 ? 1 : utf_decode(key + i, len - i, &cp);
		if (buf_addc(b, '_') == -1)
			return -1;
		i += n;
	}
	return 0;
}

void
json_format_real(char *dst, size_t dstsz, double d)
{
	char *e;
	int p, x, k;

	for (p = 1; p < 17; p++) {
		snprintf(dst, dstsz, "%.*g", p, d);
		if (strtod(dst, NULL) == d)
			break;
	}
	if (p == 17)
		snprintf(dst, dstsz, "%.17g", d);
	if ((e = strchr(dst, 'e')) == NULL)
		return;
	x = atoi(e + 1);
	if (x < -6 || x > 20) {
		/* 1e+21 and 1.5e-07 as 1e21 and 1.5e-7. */
		snprintf(e + 1, dstsz - (size_t)(e + 1 - dst), "%d", x);
		return;
	}
	/* Plain notation with the digits found above, no more. */
	k = p - 1 - x;
	snprintf(dst, dstsz, "%.*f", k > 0 ? k : 0, d);
}

static int
fail(struct json_conv *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
fail(struct json_conv *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->msg, sizeof(c->msg), fmt, ap);
	va_end(ap);
	return -1;
}

static int
nomem(struct json_conv *c)
{
	errno = ENOMEM;
	return fail(c, "%s", strerror(ENOMEM));
}

/*
 * Adds one field with the current key and value val to out or c->text,
 * unless the same key=value is there already (DESIGN.md: never the same
 * pair twice in one record).
 */
static int
emit(struct json_conv *c, struct buf *out, const char *val, size_t vlen)
{
	struct buf *b = out;
	size_t start, i, n;

	if (c->key.len == 4 && memcmp(c->key.p, "text", 4) == 0)
		b = &c->text;
	if (c->nfo == c->fcap) {
		size_t cap = c->fcap ? c->fcap * 2 : 32, *fo;

		if ((fo = reallocarray(c->fo, cap, sizeof(*fo))) == NULL)
			return nomem(c);
		c->fo = fo;
		c->fcap = cap;
	}
	start = b->len;
	if (rec_add_raw(b, c->key.p, c->key.len, "", 0) == -1 ||
	    esc_encode(b, val, vlen) == -1)
		return nomem(c);
	/* Offsets are of the field itself, after its TAB. */
	if (start > 0)
		start++;
	n = b->len - start;
	for (i = 0; i < c->nfo; i++) {
		size_t o = c->fo[i] >> 1;

		if ((c->fo[i] & 1) != (b == &c->text) || o + n > b->len)
			continue;
		if ((o + n == b->len || b->p[o + n] == '\t') &&
		    memcmp(b->p + o, b->p + start, n) == 0 && o != start) {
			b->len = start > 0 ? start - 1 : 0;
			b->p[b->len] = '\0';
			return 0;
		}
	}
	c->fo[c->nfo++] = start << 1 | (b == &c->text);
	return 0;
}

/* Flattens v under the key in c->key into fields. Returns 0 or -1. */
static int
walk(struct json_conv *c, struct buf *out, json_t *v)
{
	char num[64], vis[64];
	const char *k, *s;
	size_t klen, save, i, n;
	json_t *e;
	void *it;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		save = c->key.len;
		for (it = json_object_iter(v); it != NULL;
		    it = json_object_iter_next(v, it)) {
			k = json_object_iter_key(it);
			klen = json_object_iter_key_len(it);
			if ((save > 0 && buf_addc(&c->key, '.') == -1) ||
			    json_key_map(&c->key, k, klen) == -1)
				return nomem(c);
			if (walk(c, out, json_object_iter_value(it)) == -1)
				return -1;
			c->key.len = save;
			c->key.p[save] = '\0';
		}
		return 0;
	case JSON_ARRAY:
		json_array_foreach(v, i, e)
			if (walk(c, out, e) == -1)
				return -1;
		return 0;
	case JSON_STRING:
		s = json_string_value(v);
		n = json_string_length(v);
		if (memchr(s, '\0', n) != NULL)
			return fail(c, "\\u0000 in the value of \"%s\" "
			    "(a record cannot hold a NUL)",
			    diag_vis(vis, sizeof(vis), c->key.p, c->key.len));
		return emit(c, out, s, n);
	case JSON_INTEGER:
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		return emit(c, out, num, strlen(num));
	case JSON_REAL:
		json_format_real(num, sizeof(num), json_real_value(v));
		return emit(c, out, num, strlen(num));
	case JSON_TRUE:
		return emit(c, out, "true", 4);
	case JSON_FALSE:
		return emit(c, out, "false", 5);
	case JSON_NULL:
		return emit(c, out, "", 0);
	}
	return 0;
}

static const char *
typename(json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "a number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	case JSON_NULL:
		return "null";
	}
	return "?";
}

int
json_to_rec(struct json_conv *c, struct buf *out, const char *line,
    size_t len)
{
	char vis[64];
	json_error_t je;
	json_t *root;
	const char *q;
	size_t i, bad;
	int rv;

	buf_reset(out);
	buf_reset(&c->text);
	buf_reset(&c->key);
	c->nfo = 0;
	if (buf_grow(&c->key, 1) == -1)
		return nomem(c);
	c->key.p[0] = '\0';
	/* Checked here so the messages match those for records. */
	if ((q = memchr(line, '\0', len)) != NULL)
		return fail(c, "NUL byte at byte %zu", (size_t)(q - line) + 1);
	if (!utf_valid(line, len, &bad))
		return fail(c, "invalid UTF-8 \"%s\" at byte %zu",
		    diag_vis(vis, sizeof(vis), line + bad,
		    len - bad < 4 ? len - bad : 4), bad + 1);
	for (i = 0; i < len && strchr(" \t\r", line[i]) != NULL; i++)
		;
	if (i == len)
		return fail(c, "empty line");
	/*
	 * NUL is allowed through jansson only to be refused with a clearer
	 * message; duplicate keys are refused rather than one value lost.
	 */
	root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL |
	    JSON_REJECT_DUPLICATES, &je);
	if (root == NULL) {
		/*
		 * jansson quotes the input near the error, maybe cut inside
		 * a character: bytes outside printable ASCII are shown in
		 * octal, and a backslash stays one, as in the JSON.
		 */
		char jvis[sizeof(je.text) * 4];
		size_t n = 0;

		for (i = 0; je.text[i] != '\0'; i++) {
			unsigned char ch = (unsigned char)je.text[i];

			if (ch < 0x20 || ch >= 0x7f)
				n += (size_t)snprintf(jvis + n, 5, "\\%03o",
				    ch);
			else
				jvis[n++] = (char)ch;
		}
		jvis[n] = '\0';
		return fail(c, "invalid JSON at column %d: %s", je.column,
		    jvis);
	}
	if (!json_is_object(root)) {
		rv = fail(c, "not a JSON object but %s", typename(root));
		json_decref(root);
		return rv;
	}
	rv = walk(c, out, root);
	json_decref(root);
	if (rv == -1)
		return -1;
	if (c->text.len > 0) {
		if ((out->len > 0 && buf_addc(out, '\t') == -1) ||
		    buf_add(out, c->text.p, c->text.len) == -1)
			return nomem(c);
	}
	if (out->len == 0)
		return fail(c, "object gives no fields");
	return 0;
}

void
json_conv_free(struct json_conv *c)
{
	buf_free(&c->key);
	buf_free(&c->text);
	free(c->fo);
	c->fo = NULL;
	c->nfo = c->fcap = 0;
}

void
jsonin_init(struct jsonin *ji, int nfiles, char **files, size_t maxlen,
    int skip_bad)
{
	memset(ji, 0, sizeof(*ji));
	recin_init(&ji->ri, nfiles, files, maxlen, skip_bad);
}

/* Reports a bad line that no -s skips. Returns -1. */
static int
jsonin_fatal(struct jsonin *ji, const char *msg)
{
	diag_at(recin_name(&ji->ri), recin_line(&ji->ri), "%s", msg);
	ji->ri.status = CC_ERR;
	return -1;
}

int
jsonin_next(struct jsonin *ji, struct rec **r)
{
	struct rec_err e;
	char msg[256];
	char *line;
	size_t len;
	int rc;

	while ((rc = recin_nextline(&ji->ri, &line, &len)) == 1) {
		/* Some scrapers start their files with a UTF-8 BOM. */
		if (recin_line(&ji->ri) == 1 && len >= 3 &&
		    memcmp(line, "\xef\xbb\xbf", 3) == 0)
			line += 3, len -= 3;
		errno = 0;
		if (json_to_rec(&ji->conv, &ji->line, line, len) == -1) {
			/* Out of memory is no reason to skip. */
			if (errno == ENOMEM)
				return jsonin_fatal(ji, ji->conv.msg);
			if (recin_bad(&ji->ri, ji->conv.msg) == -1)
				return -1;
			continue;
		}
		/* Fails only for memory: json_to_rec makes records. */
		if (rec_parse(&ji->ri.rec, ji->line.p, ji->line.len, &e) == -1)
			return jsonin_fatal(ji, rec_strerror(&e, ji->line.p,
			    ji->line.len, msg, sizeof(msg)));
		*r = &ji->ri.rec;
		return 1;
	}
	return rc;
}

int
jsonin_end(struct jsonin *ji)
{
	json_conv_free(&ji->conv);
	buf_free(&ji->line);
	return recin_end(&ji->ri);
}
