/*
 * csv: RFC 4180 field quoting. Leading and trailing spaces are quoted too,
 * since some readers trim them from bare fields.
 */
#include <string.h>

#include "csv.h"

int
csv_field(struct buf *b, const char *s, size_t len)
{
	size_t i;
	int quote = len > 0 && (s[0] == ' ' || s[len - 1] == ' ');

	for (i = 0; i < len && !quote; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			quote = 1;
	if (!quote)
		return buf_add(b, s, len);
	if (buf_addc(b, '"') == -1)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] == '"' && buf_addc(b, '"') == -1)
			return -1;
		if (buf_addc(b, s[i]) == -1)
			return -1;
	}
	return buf_addc(b, '"');
}
