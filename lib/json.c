/*
 * json: string escaping. Non-ASCII text stays UTF-8, which JSON allows and
 * which keeps the output readable.
 */
#include <stdio.h>

#include "json.h"

int
json_string(struct buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;
	char e[7];

	if (buf_addc(b, '"') == -1)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *rep = NULL;
		size_t rlen = 2;

		switch (c) {
		case '"': rep = "\\\""; break;
		case '\\': rep = "\\\\"; break;
		case '\b': rep = "\\b"; break;
		case '\f': rep = "\\f"; break;
		case '\n': rep = "\\n"; break;
		case '\r': rep = "\\r"; break;
		case '\t': rep = "\\t"; break;
		default:
			if (c < 0x20 || c == 0x7f) {
				e[0] = '\\';
				e[1] = 'u';
				e[2] = '0';
				e[3] = '0';
				e[4] = hex[c >> 4];
				e[5] = hex[c & 15];
				rep = e;
				rlen = 6;
			}
		}
		if (rep == NULL)
			continue;
		if (buf_add(b, s + run, i - run) == -1 ||
		    buf_add(b, rep, rlen) == -1)
			return -1;
		run = i + 1;
	}
	if (buf_add(b, s + run, len - run) == -1)
		return -1;
	return buf_addc(b, '"');
}
