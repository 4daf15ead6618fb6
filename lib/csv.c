/*
 * csv: RFC 4180 field quoting. Most fields need none, so the check is a
 * table lookup per byte and the quoted form is built only when needed.
 * Leading and trailing spaces are quoted too, since some readers trim
 * them from bare fields.
 */
#include <string.h>

#include "csv.h"

static const unsigned char special[256] = {
	[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1,
};

int
csv_needs_quotes(const char *s, size_t len)
{
	size_t i;

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		return 1;
	for (i = 0; i < len; i++)
		if (special[(unsigned char)s[i]])
			return 1;
	return 0;
}

int
csv_put_field(struct buf *b, const char *s, size_t len)
{
	const char *p = s, *end = s + len, *q;

	if (!csv_needs_quotes(s, len))
		return buf_add(b, s, len);
	if (buf_addc(b, '"') == -1)
		return -1;
	while ((q = memchr(p, '"', (size_t)(end - p))) != NULL) {
		/* Copy through the quote, then double it. */
		if (buf_add(b, p, (size_t)(q - p) + 1) == -1 ||
		    buf_addc(b, '"') == -1)
			return -1;
		p = q + 1;
	}
	if (buf_add(b, p, (size_t)(end - p)) == -1)
		return -1;
	return buf_addc(b, '"');
}
