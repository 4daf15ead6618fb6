/*
 * view: the text view of records for people (ccfmt -o text). Values
 * stay escaped as in records, so one record never spills into the next;
 * control bytes are shown as ^X, so nothing can drive the terminal.
 */
#include <string.h>

#include "utf.h"
#include "view.h"
#include "wrap.h"

/*
 * Appends s to b as the text view shows it: control bytes, which could
 * drive a terminal, become ^X as cat -v writes them. Returns 0 or -1.
 */
static int
visible(struct buf *b, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f) {
			if (buf_addc(b, '^') == -1 || buf_addc(b, c ^ 0x40) == -1)
				return -1;
		} else if (buf_addc(b, c) == -1)
			return -1;
	}
	return 0;
}

/*
 * Returns the next field after j with j's key, leaving out the doc and
 * sent fields the heading shows (d, s), or -1.
 */
static long
next_other(const struct rec *r, long j, long d, long s)
{
	const struct field *f = &r->f[j];
	size_t i;

	for (i = (size_t)j + 1; i < r->nf; i++)
		if ((long)i != d && (long)i != s && r->f[i].klen == f->klen &&
		    memcmp(r->f[i].key, f->key, f->klen) == 0)
			return (long)i;
	return -1;
}

/*
 * Adds the key=value unit s to the tag lines: whole, unless it is wider
 * than a line, when its value wraps at its spaces too.
 */
static int
put_tag(struct wrap *w, const char *s, size_t len)
{
	const char *sp;

	if (w->width == 0 || w->indent + utf_width(s, len) <= w->width ||
	    (sp = memchr(s, ' ', len)) == NULL)
		return wrap_word(w, s, len, "  ");
	if (wrap_word(w, s, (size_t)(sp - s), "  ") == -1)
		return -1;
	return wrap_words(w, sp, len - (size_t)(sp - s));
}

int
view_rec(struct buf *b, const struct rec *r, size_t width, const char *sep,
    struct buf *tmp)
{
	struct wrap w;
	long d = rec_find(r, "doc", 0), s = rec_find(r, "sent", 0), t;
	size_t i, start = b->len;
	int tags = 0;

	if (wrap_start(&w, b, width, 0, 4) == -1)
		return -1;
	buf_reset(tmp);
	if (d != -1 && visible(tmp, r->f[d].val, r->f[d].vlen) == -1)
		return -1;
	if (s != -1 && ((d != -1 && buf_addc(tmp, ' ') == -1) ||
	    visible(tmp, r->f[s].val, r->f[s].vlen) == -1))
		return -1;
	t = rec_find(r, "text", 0);
	if (tmp->len > 0 && ((t != -1 && buf_addc(tmp, ':') == -1) ||
	    wrap_word(&w, tmp->p, tmp->len, " ") == -1))
		return -1;
	for (; t != -1; t = rec_find(r, "text", (size_t)t + 1)) {
		buf_reset(tmp);
		if (visible(tmp, r->f[t].val, r->f[t].vlen) == -1 ||
		    wrap_words(&w, tmp->p, tmp->len) == -1)
			return -1;
	}
	if (w.empty) {
		/* No heading and no text: the fields start the first line. */
		b->len = start;
		if (wrap_start(&w, b, width, 4, 4) == -1)
			return -1;
		tags = 1;
	}
	for (i = 0; i < r->nf; i++) {
		const struct field *f = &r->f[i];
		long j;

		if ((long)i == d || (long)i == s || rec_iskey(r, i, "text"))
			continue;
		/* A repeated key shows all its values at its first field. */
		for (j = 0; j < (long)i; j++)
			if (j != d && j != s && r->f[j].klen == f->klen &&
			    memcmp(r->f[j].key, f->key, f->klen) == 0)
				break;
		if (j < (long)i)
			continue;
		if (!tags++ && (wrap_end(&w) == -1 ||
		    wrap_start(&w, b, width, 4, 4) == -1))
			return -1;
		buf_reset(tmp);
		if (buf_add(tmp, f->key, f->klen) == -1 ||
		    buf_addc(tmp, '=') == -1)
			return -1;
		for (j = (long)i; j != -1; j = next_other(r, j, d, s)) {
			if (j != (long)i && buf_adds(tmp, sep) == -1)
				return -1;
			if (visible(tmp, r->f[j].val, r->f[j].vlen) == -1)
				return -1;
		}
		if (put_tag(&w, tmp->p, tmp->len) == -1)
			return -1;
	}
	if (wrap_end(&w) == -1)
		return -1;
	return buf_addc(b, '\n');
}
