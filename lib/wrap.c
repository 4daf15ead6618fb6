/*
 * wrap: greedy line filling by display width. Greedy is what fmt(1) and
 * every terminal pager do, and it needs no look-ahead, so a record of any
 * length is filled in one pass.
 */
#include <string.h>

#include "utf.h"
#include "wrap.h"

static int
spaces(struct buf *b, size_t n)
{
	if (buf_grow(b, n) == -1)
		return -1;
	memset(b->p + b->len, ' ', n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

int
wrap_start(struct wrap *w, struct buf *b, size_t width, size_t ind,
    size_t indent)
{
	w->b = b;
	w->width = width;
	w->indent = indent;
	w->col = ind;
	w->empty = 1;
	return spaces(b, ind);
}

int
wrap_word(struct wrap *w, const char *s, size_t len, const char *sep)
{
	size_t ww = utf_width(s, len), sw = strlen(sep);

	if (!w->empty) {
		if (w->width > 0 && w->col + sw + ww > w->width) {
			if (buf_addc(w->b, '\n') == -1 ||
			    spaces(w->b, w->indent) == -1)
				return -1;
			w->col = w->indent;
		} else {
			if (buf_add(w->b, sep, sw) == -1)
				return -1;
			w->col += sw;
		}
	}
	if (buf_add(w->b, s, len) == -1)
		return -1;
	w->col += ww;
	w->empty = 0;
	return 0;
}

/*
 * Adds one space-free word. Chinese and Japanese are written without
 * spaces, so a line may also break before or after any wide (two-column)
 * character: the word goes in as pieces, runs of narrow characters and
 * single wide ones, joined with no separator.
 */
static int
word(struct wrap *w, const char *s, size_t len)
{
	const char *sep = " ";
	size_t i = 0, start = 0, n;
	int32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		n = utf_decode(s + i, len - i, &cp);
		if (utf_width(s + i, n) < 2) {
			i += n;
			continue;
		}
		if (i > start) {
			if (wrap_word(w, s + start, i - start, sep) == -1)
				return -1;
			sep = "";
		}
		if (wrap_word(w, s + i, n, sep) == -1)
			return -1;
		sep = "";
		i += n;
		start = i;
	}
	if (i > start)
		return wrap_word(w, s + start, i - start, sep);
	return 0;
}

int
wrap_words(struct wrap *w, const char *s, size_t len)
{
	const char *p = s, *end = s + len, *q;

	while (p < end) {
		if (*p == ' ') {
			p++;
			continue;
		}
		if ((q = memchr(p, ' ', (size_t)(end - p))) == NULL)
			q = end;
		if (word(w, p, (size_t)(q - p)) == -1)
			return -1;
		p = q;
	}
	return 0;
}

int
wrap_end(struct wrap *w)
{
	w->empty = 1;
	w->col = 0;
	return buf_addc(w->b, '\n');
}
