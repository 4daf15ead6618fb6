/*
 * split: ccsplit's records from pages (see split.h).
 *
 * Records are built in one reused buffer. The fields before par (doc, and
 * what -r passes through) and date and source are the same for every
 * record of a document, which is frozen once its first record is written:
 * they are built once per document and copied.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esc.h"
#include "io.h"
#include "split.h"
#include "utf.h"

static const size_t kind_len[] = { 4, 5, 8, 6 };	/* of page_kinds */

void
split_init(struct split *s, int mode, int keep_boiler, int quiet, int live)
{
	memset(s, 0, sizeof(*s));
	s->mode = mode;
	s->keep_boiler = keep_boiler;
	s->quiet = quiet;
	s->live = live;
	page_init(&s->pg, PAGE_FF | PAGE_GUESS);
	/* One page for every record: its buffers are reused. */
	page_init(&s->rpg, 0);
}

void
split_free(struct split *s)
{
	page_free(&s->pg);
	page_free(&s->rpg);
	buf_free(&s->k.name);
	buf_free(&s->out);
	buf_free(&s->nfc);
	buf_free(&s->pfx);
	buf_free(&s->meta);
	buf_free(&s->tmp);
	sent_free(&s->sv);
}

static int
addnum(struct buf *b, const char *key, size_t klen, unsigned long long v)
{
	char num[24], *p = num + sizeof(num);

	/* By hand: snprintf showed in the profile. */
	do {
		*--p = '0' + v % 10;
		v /= 10;
	} while (v > 0);
	return rec_add_raw(b, key, klen, p, num + sizeof(num) - p);
}

/* The fields before par: doc, then what -r passes through. */
static int
add_prefix(struct buf *b, const struct split_sink *k,
    const struct page_doc *d)
{
	size_t f;
	char num[32], *p;
	unsigned long v;

	if (k->docraw != NULL) {
		if (rec_add_raw(b, "doc", 3, k->docraw, k->docrawlen) == -1)
			return -1;
	} else if (rec_add_raw(b, "doc", 3, k->name.p, k->name.len) == -1)
		return -1;
	if (k->in == NULL) {
		if (d->num <= 1)
			return 0;
		p = num + sizeof(num);
		v = d->num;
		do {
			*--p = '0' + v % 10;
			v /= 10;
		} while (v > 0);
		*--p = '#';
		return buf_add(b, p, num + sizeof(num) - p);
	}
	for (f = 0; f < k->in->nf; f++) {
		if (rec_iskey(k->in, f, "doc") ||
		    rec_iskey(k->in, f, "text") ||
		    rec_iskey(k->in, f, "par") ||
		    rec_iskey(k->in, f, "sent") ||
		    rec_iskey(k->in, f, "off") ||
		    rec_iskey(k->in, f, "kind"))
			continue;
		if (rec_add_field(b, &k->in->f[f]) == -1)
			return -1;
	}
	return 0;
}

static int
add_meta(struct buf *b, const struct split_sink *k, const struct page_doc *d)
{
	if (d->date[0] != '\0' && !k->has_date &&
	    rec_add_raw(b, "date", 4, d->date, 10) == -1)
		return -1;
	if (d->source[0] != '\0' && !k->has_source) {
		size_t n = strlen(d->source);

		if (memchr(d->source, '\\', n) == NULL)
			return rec_add_raw(b, "source", 6, d->source, n);
		return rec_add(b, "source", d->source, n);
	}
	return 0;
}

/* Whether s is all ASCII, eight bytes at a time. */
static int
is_ascii(const char *s, size_t n)
{
	uint64_t w, acc = 0;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ULL) == 0;
}

static int
add_text(struct split *s, struct buf *b, const char *t, size_t n)
{
	if (is_ascii(t, n)) {
		if (memchr(t, '\\', n) == NULL)
			return rec_add_raw(b, "text", 4, t, n);
		return rec_add(b, "text", t, n);
	}
	buf_reset(&s->nfc);
	if (utf_nfc(&s->nfc, t, n) == -1)
		return -1;
	/* Clean text has no TAB, CR or LF: only a backslash needs escaping. */
	if (memchr(s->nfc.p, '\\', s->nfc.len) == NULL)
		return rec_add_raw(b, "text", 4, s->nfc.p, s->nfc.len);
	return rec_add(b, "text", s->nfc.p, s->nfc.len);
}

/* Writes one record for [a, e) of paragraph i. */
static int
put(struct split *s, struct page *pg, size_t i, size_t a, size_t e,
    int kind, int newpar)
{
	struct page_doc *d = &pg->docs[pg->p[i].doc];

	d->frozen = 1;
	if (newpar)
		d->npar++;
	if (s->quiet)
		return 0;
	if (s->k.gen != s->pfx_gen || d->num != s->pfx_num) {
		buf_reset(&s->pfx);
		buf_reset(&s->meta);
		if (add_prefix(&s->pfx, &s->k, d) == -1 ||
		    add_meta(&s->meta, &s->k, d) == -1)
			return -1;
		s->pfx_gen = s->k.gen;
		s->pfx_num = d->num;
	}
	buf_reset(&s->out);
	if (buf_add(&s->out, s->pfx.p, s->pfx.len) == -1 ||
	    addnum(&s->out, "par", 3, d->npar) == -1 ||
	    (s->mode == SPLIT_SENT &&
	    addnum(&s->out, "sent", 4, ++d->nsent) == -1) ||
	    addnum(&s->out, "off", 3, page_off(pg, i, a)) == -1 ||
	    rec_add_raw(&s->out, "kind", 4, page_kinds[kind],
	    kind_len[kind]) == -1 ||
	    (s->meta.len > 0 && (buf_addc(&s->out, '\t') == -1 ||
	    buf_add(&s->out, s->meta.p, s->meta.len) == -1)) ||
	    add_text(s, &s->out, page_text(pg, i) + a, e - a) == -1 ||
	    buf_addc(&s->out, '\n') == -1)
		return -1;
	return io_write(s->out.p, s->out.len);
}

/* SPLIT_DOC: paragraphs go straight out into one open record per document. */
static int
put_doc(struct split *s, struct page *pg, size_t i)
{
	struct split_sink *k = &s->k;
	struct page_doc *d = &pg->docs[pg->p[i].doc];
	const char *t = page_text(pg, i);
	size_t n = pg->p[i].ce - pg->p[i].cs;

	d->frozen = 1;
	if (s->quiet)
		return 0;
	buf_reset(&s->out);
	if (k->docopen && k->curdoc != d->num) {
		if (io_write("\n", 1) == -1)
			return -1;
		k->docopen = 0;
	}
	if (!k->docopen) {
		if (add_prefix(&s->out, k, d) == -1 ||
		    addnum(&s->out, "off", 3, page_off(pg, i, 0)) == -1 ||
		    add_meta(&s->out, k, d) == -1 ||
		    rec_add(&s->out, "text", "", 0) == -1)
			return -1;
		k->docopen = 1;
		k->curdoc = d->num;
	} else if (buf_adds(&s->out, "\\n") == -1)
		return -1;
	if (is_ascii(t, n) && memchr(t, '\\', n) == NULL) {
		if (buf_add(&s->out, t, n) == -1)
			return -1;
	} else {
		buf_reset(&s->nfc);
		if (utf_nfc(&s->nfc, t, n) == -1 ||
		    esc_encode(&s->out, s->nfc.p, s->nfc.len) == -1)
			return -1;
	}
	return io_write(s->out.p, s->out.len);
}

static int
end_doc(struct split *s)
{
	if (s->k.docopen && !s->quiet) {
		s->k.docopen = 0;
		return io_write("\n", 1);
	}
	s->k.docopen = 0;
	return 0;
}

/* The length of the dash or colon and spaces after a dateline at t. */
static size_t
after_dateline(const char *t, size_t n)
{
	size_t a = 0;

	for (;;) {
		if (a < n && (t[a] == ' ' || t[a] == '-' || t[a] == ':'))
			a++;
		else if (a + 2 < n && memcmp(t + a, "\xe2\x80", 2) == 0 &&
		    ((unsigned char)t[a + 2] == 0x93 ||
		    (unsigned char)t[a + 2] == 0x94))
			a += 3;
		else
			return a;
	}
}

/* Writes paragraph i as the mode asks. Returns 0 or -1. */
static int
put_para(struct split *s, struct page *pg, size_t i)
{
	struct page_para *pp = &pg->p[i];
	const char *t = page_text(pg, i);
	size_t n = pp->ce - pp->cs, a = 0, j;
	int kind = pp->kind;

	if (kind == PAGE_BOILER && !s->keep_boiler)
		return 0;
	if (s->mode == SPLIT_DOC)
		return put_doc(s, pg, i);
	if (pp->dlen > 0) {
		if (put(s, pg, i, 0, pp->dlen, PAGE_DATELINE, 1) == -1)
			return -1;
		/* The first sentence starts after the space. */
		a = pp->dlen + after_dateline(t + pp->dlen, n - pp->dlen);
	}
	if (a >= n)
		return 0;
	if (s->mode == SPLIT_PARA)
		return put(s, pg, i, a, n, kind, pp->dlen == 0);
	if (sent_split(&s->sv, t + a, n - a) == -1)
		return -1;
	for (j = 0; j < s->sv.n; j++)
		if (put(s, pg, i, a + s->sv.v[j].start, a + s->sv.v[j].end,
		    kind, j == 0 && pp->dlen == 0) == -1)
			return -1;
	return 0;
}

/* Decides and writes what the page lets out. Returns 0 or -1. */
static int
flush(struct split *s, struct page *pg, int final)
{
	long r, i;

	if ((r = page_decide(pg, final)) == -1) {
		errno = ENOMEM;
		return -1;
	}
	for (i = 0; i < r; i++)
		if (put_para(s, pg, i) == -1)
			return -1;
	page_release(pg, r);
	if (final)
		return end_doc(s);
	return 0;
}

/* A new sink: the cached prefix is stale, -d has no record open. */
static int
sink_new(struct split *s, const char *name, const struct rec *in)
{
	struct split_sink *k = &s->k;

	k->gen = ++s->gen;
	k->in = in;
	k->docraw = NULL;
	k->docrawlen = 0;
	k->has_date = k->has_source = 0;
	k->docopen = 0;
	buf_reset(&k->name);
	return esc_encode(&k->name, name, strlen(name));
}

int
split_begin(struct split *s, const char *name)
{
	page_reset(&s->pg);
	return sink_new(s, name, NULL);
}

int
split_line(struct split *s, const char *line, size_t len,
    unsigned long long roff)
{
	if (page_line(&s->pg, line, len, roff) == -1) {
		errno = ENOMEM;
		return -1;
	}
	/* Live pipelines (-l) get each document when it ends. */
	if (page_full(&s->pg) || (s->live && !s->pg.inpara))
		return flush(s, &s->pg, 0);
	return 0;
}

int
split_end(struct split *s)
{
	return flush(s, &s->pg, 1);
}

int
split_abort(struct split *s)
{
	return end_doc(s);
}

int
split_record(struct split *s, const struct rec *r, size_t ti,
    const char *name)
{
	struct page *pg = &s->rpg;
	const char *v, *nl;
	size_t n, off, l;
	long di;

	if (sink_new(s, name, r) == -1)
		return -1;
	s->k.has_date = rec_find(r, "date", 0) >= 0;
	s->k.has_source = rec_find(r, "source", 0) >= 0;
	if ((di = rec_find(r, "doc", 0)) >= 0) {
		s->k.docraw = r->f[di].val;
		s->k.docrawlen = r->f[di].vlen;
	}
	if (rec_value(r, ti, &s->tmp, &v, &n) == -1)
		return -1;
	page_reset(pg);
	for (off = 0; off <= n; off += l + 1) {
		nl = memchr(v + off, '\n', n - off);
		l = nl ? (size_t)(nl - (v + off)) : n - off;
		if (page_line(pg, v + off,
		    l > 0 && v[off + l - 1] == '\r' ? l - 1 : l, off) == -1) {
			errno = ENOMEM;
			return -1;
		}
		if (page_full(pg) && flush(s, pg, 0) == -1)
			return -1;
	}
	return flush(s, pg, 1);
}
