/*
 * table: a cell table and its text renderings. Widths are display
 * widths (utf_width), so "中国" takes four columns and "é" written with a
 * combining accent takes one.
 */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "esc.h"
#include "table.h"
#include "utf.h"

void
table_init(struct table *t, size_t ncol)
{
	memset(t, 0, sizeof(*t));
	t->ncol = ncol;
}

void
table_free(struct table *t)
{
	buf_free(&t->text);
	free(t->cell);
	t->cell = NULL;
	t->ncell = t->cap = 0;
}

int
table_cell(struct table *t, enum cell_kind kind, const char *s, size_t len)
{
	struct cell *c;

	if (t->ncell == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;

		if ((c = reallocarray(t->cell, cap, sizeof(*c))) == NULL)
			return -1;
		t->cell = c;
		t->cap = cap;
	}
	c = &t->cell[t->ncell];
	c->off = t->text.len;
	c->len = len;
	c->kind = kind;
	if (buf_add(&t->text, s, len) == -1)
		return -1;
	t->ncell++;
	return 0;
}

int
table_cells(struct table *t, enum cell_kind kind, const char *s)
{
	return table_cell(t, kind, s, strlen(s));
}

void
table_set_footer(struct table *t)
{
	t->footer = 1;
}

/*
 * Appends cell c as the aligned and Markdown tables show it: escaped,
 * with "|" escaped too for Markdown.
 */
static int
shown(struct buf *b, const struct table *t, const struct cell *c, int md)
{
	const char *s = t->text.p + c->off;
	size_t i, start = b->len;

	if (c->kind == CELL_NONE)
		return buf_adds(b, TABLE_NONE);
	if (!md || memchr(s, '|', c->len) == NULL)
		return esc_encode(b, s, c->len);
	if (esc_encode(b, s, c->len) == -1)
		return -1;
	/* Escape the pipes in place, in the already encoded bytes. */
	for (i = start; i < b->len; i++) {
		if (b->p[i] != '|')
			continue;
		if (buf_grow(b, 1) == -1)
			return -1;
		memmove(b->p + i + 1, b->p + i, b->len - i);
		b->p[i] = '\\';
		b->len++;
		i++;
	}
	b->p[b->len] = '\0';
	return 0;
}

static int
pad(struct buf *b, size_t n)
{
	while (n-- > 0)
		if (buf_addc(b, ' ') == -1)
			return -1;
	return 0;
}

static int
aligned(const struct table *t, struct buf *out)
{
	size_t nrow = t->ncell / t->ncol, r, i, *w, *cw;
	int *right, rc = -1;
	struct buf tmp = { 0 };

	w = calloc(t->ncol, sizeof(*w));
	right = calloc(t->ncol, sizeof(*right));
	cw = reallocarray(NULL, t->ncell + 1, sizeof(*cw));
	if (w == NULL || right == NULL || cw == NULL)
		goto done;
	for (i = 0; i < t->ncell; i++) {
		buf_reset(&tmp);
		if (shown(&tmp, t, &t->cell[i], 0) == -1)
			goto done;
		cw[i] = utf_width(tmp.p, tmp.len);
		if (cw[i] > w[i % t->ncol])
			w[i % t->ncol] = cw[i];
		if (i >= t->ncol && t->cell[i].kind == CELL_NUM)
			right[i % t->ncol] = 1;
	}
	for (r = 0; r < nrow; r++) {
		size_t last = t->ncol;

		/* Trailing empty cells would leave trailing blanks. */
		while (last > 1 && t->cell[r * t->ncol + last - 1].len == 0 &&
		    t->cell[r * t->ncol + last - 1].kind != CELL_NONE)
			last--;
		for (i = 0; i < last; i++) {
			size_t k = r * t->ncol + i, gap = w[i] - cw[k];

			if (i > 0 && pad(out, 2) == -1)
				goto done;
			if (right[i] && pad(out, gap) == -1)
				goto done;
			if (shown(out, t, &t->cell[k], 0) == -1)
				goto done;
			if (!right[i] && i + 1 < last && pad(out, gap) == -1)
				goto done;
		}
		if (buf_addc(out, '\n') == -1)
			goto done;
	}
	rc = 0;
done:
	free(w);
	free(right);
	free(cw);
	buf_free(&tmp);
	return rc;
}

static int
markdown(const struct table *t, struct buf *out)
{
	size_t i;

	for (i = 0; i < t->ncell; i++) {
		if (buf_adds(out, i % t->ncol == 0 ? "| " : " | ") == -1 ||
		    shown(out, t, &t->cell[i], 1) == -1)
			return -1;
		if (i % t->ncol == t->ncol - 1 && buf_adds(out, " |\n") == -1)
			return -1;
		if (i + 1 != t->ncol)
			continue;
		/* The delimiter row: numbers are right aligned. */
		for (size_t j = 0; j < t->ncol; j++) {
			int num = t->ncell > t->ncol + j &&
			    t->cell[t->ncol + j].kind == CELL_NUM;

			if (buf_adds(out, j == 0 ? "|" : "") == -1 ||
			    buf_adds(out, num ? " ---: |" : " --- |") == -1)
				return -1;
		}
		if (buf_addc(out, '\n') == -1)
			return -1;
	}
	return 0;
}

static int
separated(const struct table *t, enum table_fmt fmt, struct buf *out)
{
	size_t i, n = t->ncell;

	if (t->footer && n >= t->ncol)
		n -= t->ncol;
	for (i = 0; i < n; i++) {
		const struct cell *c = &t->cell[i];
		const char *s = t->text.p + c->off;
		size_t len = c->kind == CELL_NONE ? 0 : c->len;
		int rc;

		if (i % t->ncol != 0 &&
		    buf_addc(out, fmt == TABLE_CSV ? ',' : '\t') == -1)
			return -1;
		rc = fmt == TABLE_CSV ? csv_put_field(out, s, len) :
		    esc_encode(out, s, len);
		if (rc == -1)
			return -1;
		if (i % t->ncol == t->ncol - 1 && buf_addc(out, '\n') == -1)
			return -1;
	}
	return 0;
}

int
table_render(const struct table *t, enum table_fmt fmt, struct buf *out)
{
	if (t->ncol == 0)
		return 0;
	switch (fmt) {
	case TABLE_ALIGNED:
		return aligned(t, out);
	case TABLE_MD:
		return markdown(t, out);
	default:
		return separated(t, fmt, out);
	}
}
