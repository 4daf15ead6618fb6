/*
 * rec: parsing, validating and writing records, and reading them from
 * file operands.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "esc.h"
#include "rec.h"
#include "utf.h"

/* 1: may start a key; 2: may follow in a key (DESIGN.md section 1). */
const unsigned char rec_keych[256] = {
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2,
	['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	['_'] = 2, ['.'] = 2, ['-'] = 2,
};

int
rec_key_valid(const char *key, size_t len)
{
	size_t i;

	if (len == 0 || rec_keych[(unsigned char)key[0]] != 1)
		return 0;
	for (i = 1; i < len; i++)
		if (rec_keych[(unsigned char)key[i]] == 0)
			return 0;
	return 1;
}

static int
fail(struct rec_err *e, enum rec_errcode code, size_t field, size_t off)
{
	e->code = code;
	e->field = field;
	e->off = off;
	return -1;
}

int
rec_parse(struct rec *r, const char *line, size_t len, struct rec_err *e)
{
	const char *p = line, *end = line + len, *q, *eq;
	size_t bad;
	long esc;

	r->line = line;
	r->len = len;
	r->nf = 0;
	if (len == 0)
		return fail(e, REC_EMPTY, 0, 0);
	if ((q = memchr(line, '\0', len)) != NULL)
		return fail(e, REC_NUL, 0, (size_t)(q - line));
	if (!utf_valid(line, len, &bad))
		return fail(e, REC_UTF8, 0, bad);
	if ((q = memchr(line, '\r', len)) != NULL)
		return fail(e, REC_CR, 0, (size_t)(q - line));
	for (;;) {
		struct field *f;

		if ((q = memchr(p, '\t', (size_t)(end - p))) == NULL)
			q = end;
		if (r->nf == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 16;

			if ((f = reallocarray(r->f, cap, sizeof(*f))) == NULL)
				return fail(e, REC_NOMEM, r->nf + 1, 0);
			r->f = f;
			r->cap = cap;
		}
		if ((eq = memchr(p, '=', (size_t)(q - p))) == NULL)
			return fail(e, REC_NOEQ, r->nf + 1, (size_t)(p - line));
		if (!rec_key_valid(p, (size_t)(eq - p)))
			return fail(e, REC_BADKEY, r->nf + 1, (size_t)(p - line));
		f = &r->f[r->nf++];
		f->key = p;
		f->klen = (size_t)(eq - p);
		f->val = eq + 1;
		f->vlen = (size_t)(q - eq - 1);
		if ((esc = esc_check(f->val, f->vlen)) != -1)
			return fail(e, REC_BADESC, r->nf,
			    (size_t)(f->val - line) + (size_t)esc);
		if (q == end)
			return 0;
		p = q + 1;
	}
}

char *
rec_strerror(const struct rec_err *e, const char *line, size_t len,
    char *dst, size_t dstsz)
{
	char vis[64];
	const char *p, *q;

	switch (e->code) {
	case REC_OK:
		snprintf(dst, dstsz, "no error");
		break;
	case REC_EMPTY:
		snprintf(dst, dstsz, "empty line");
		break;
	case REC_NUL:
		snprintf(dst, dstsz, "NUL byte at byte %zu", e->off + 1);
		break;
	case REC_UTF8:
		snprintf(dst, dstsz, "invalid UTF-8 \"%s\" at byte %zu",
		    diag_vis(vis, sizeof(vis), line + e->off,
		    len - e->off < 4 ? len - e->off : 4), e->off + 1);
		break;
	case REC_CR:
		snprintf(dst, dstsz, "unescaped carriage return at byte %zu "
		    "(CRLF line end?)", e->off + 1);
		break;
	case REC_NOEQ:
		p = line + e->off;
		if ((q = memchr(p, '\t', len - e->off)) == NULL)
			q = line + len;
		snprintf(dst, dstsz, "no \"=\" in field %zu \"%s\"", e->field,
		    diag_vis(vis, sizeof(vis), p, (size_t)(q - p)));
		break;
	case REC_BADKEY:
		p = line + e->off;
		q = memchr(p, '=', len - e->off);
		snprintf(dst, dstsz, "bad key \"%s\" in field %zu",
		    diag_vis(vis, sizeof(vis), p, (size_t)(q - p)), e->field);
		break;
	case REC_BADESC:
		snprintf(dst, dstsz, "bad escape \"%s\" in field %zu",
		    diag_vis(vis, sizeof(vis), line + e->off,
		    e->off + 1 < len ? 2 : 1), e->field);
		break;
	case REC_NOMEM:
		snprintf(dst, dstsz, "%s", strerror(ENOMEM));
		break;
	}
	return dst;
}

long
rec_find(const struct rec *r, const char *key, size_t from)
{
	size_t i, klen = strlen(key);

	for (i = from; i < r->nf; i++)
		if (r->f[i].klen == klen && memcmp(r->f[i].key, key, klen) == 0)
			return (long)i;
	return -1;
}

int
rec_iskey(const struct rec *r, size_t i, const char *key)
{
	size_t klen = strlen(key);

	return r->f[i].klen == klen && memcmp(r->f[i].key, key, klen) == 0;
}

int
rec_value(const struct rec *r, size_t i, struct buf *tmp, const char **v,
    size_t *n)
{
	const struct field *f = &r->f[i];

	if (memchr(f->val, '\\', f->vlen) == NULL) {
		*v = f->val;
		*n = f->vlen;
		return 0;
	}
	buf_reset(tmp);
	if (buf_grow(tmp, f->vlen) == -1)
		return -1;
	tmp->len = esc_decode(tmp->p, f->val, f->vlen);
	tmp->p[tmp->len] = '\0';
	*v = tmp->p;
	*n = tmp->len;
	return 0;
}

void
rec_free(struct rec *r)
{
	free(r->f);
	r->f = NULL;
	r->nf = r->cap = 0;
}

int
rec_add_raw(struct buf *b, const char *key, size_t klen, const char *raw,
    size_t rlen)
{
	if (buf_grow(b, klen + rlen + 2) == -1)
		return -1;
	if (b->len > 0)
		b->p[b->len++] = '\t';
	memcpy(b->p + b->len, key, klen);
	b->len += klen;
	b->p[b->len++] = '=';
	memcpy(b->p + b->len, raw, rlen);
	b->len += rlen;
	b->p[b->len] = '\0';
	return 0;
}

int
rec_add(struct buf *b, const char *key, const char *val, size_t vlen)
{
	if (rec_add_raw(b, key, strlen(key), "", 0) == -1)
		return -1;
	return esc_encode(b, val, vlen);
}

int
rec_add_field(struct buf *b, const struct field *f)
{
	return rec_add_raw(b, f->key, f->klen, f->val, f->vlen);
}

void
recin_init(struct recin *ri, int nfiles, char **files, size_t maxlen,
    int skip_bad)
{
	static char *dash[] = { "-", NULL };

	memset(ri, 0, sizeof(*ri));
	ri->files = nfiles > 0 ? files : dash;
	ri->nfiles = nfiles > 0 ? nfiles : 1;
	ri->maxlen = maxlen;
	ri->skip_bad = skip_bad;
	ri->status = CC_OK;
}

const char *
recin_name(const struct recin *ri)
{
	return ri->in.name;
}

unsigned long long
recin_line(const struct recin *ri)
{
	return ri->in.lineno;
}

int
recin_bad(struct recin *ri, const char *msg)
{
	if (ri->skip_bad) {
		ri->nbad++;
		return 0;
	}
	diag_at(ri->in.name, ri->in.lineno, "%s", msg);
	ri->status = CC_ERR;
	return -1;
}

int
recin_next(struct recin *ri, struct rec **r)
{
	char *line;
	size_t len;
	int rc;

	while ((rc = recin_nextline(ri, &line, &len)) == 1)
		if ((rc = recin_parse(ri, line, len, r)) != 0)
			return rc;
	return rc;
}

int
recin_nextline(struct recin *ri, char **line, size_t *len)
{
	char msg[256];

	for (;;) {
		/* Interrupted (io_catch_signals): end at this line boundary. */
		if (io_interrupted())
			return 0;
		if (!ri->isopen) {
			if (ri->next == ri->nfiles)
				return 0;
			if (io_open(&ri->in, ri->files[ri->next], ri->maxlen)
			    == -1) {
				fprintf(stderr, "%s: %s: %s\n", getprogname(),
				    ri->files[ri->next], strerror(errno));
				ri->status = CC_ERR;
				ri->next++;
				continue;
			}
			ri->next++;
			ri->isopen = 1;
		}
		switch (io_getline(&ri->in, line, len)) {
		case IO_LINE:
			return 1;
		case IO_TOOLONG:
			snprintf(msg, sizeof(msg), "line longer than %zu bytes "
			    "(raise the limit with -L)", ri->maxlen);
			if (recin_bad(ri, msg) == -1)
				return -1;
			continue;
		case IO_ERROR:
			fprintf(stderr, "%s: %s: %s\n", getprogname(),
			    ri->in.name, strerror(errno));
			ri->status = CC_ERR;
			break;
		}
		io_close(&ri->in);
		ri->isopen = 0;
	}
}

int
recin_parse(struct recin *ri, const char *line, size_t len, struct rec **r)
{
	struct rec_err e;
	char msg[256];

	if (rec_parse(&ri->rec, line, len, &e) == 0) {
		*r = &ri->rec;
		return 1;
	}
	return recin_bad(ri, rec_strerror(&e, line, len, msg, sizeof(msg)));
}

int
recin_end(struct recin *ri)
{
	if (ri->isopen)
		io_close(&ri->in);
	ri->isopen = 0;
	rec_free(&ri->rec);
	if (ri->nbad > 0)
		fprintf(stderr, "%s: %llu bad line%s skipped\n", getprogname(),
		    ri->nbad, ri->nbad == 1 ? "" : "s");
	return ri->status;
}
