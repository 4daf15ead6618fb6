/*
 * diag: diagnostics with file and line, vis(3)-encoded offending bytes,
 * and the version banner.
 */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <vis.h>

#include "diag.h"
#include "io.h"

void
diag_at(const char *name, unsigned long long line, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: %s:%llu: ", getprogname(), name, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

char *
diag_vis(char *dst, size_t dstsz, const char *s, size_t len)
{
	size_t i, n = 0;
	char tmp[5];

	if (dstsz == 0)
		return dst;
	for (i = 0; i < len; i++) {
		size_t k;

		/* vis(3) encodes one byte in at most four characters. */
		k = (size_t)(vis(tmp, (unsigned char)s[i],
		    VIS_CSTYLE | VIS_OCTAL | VIS_TAB | VIS_NL,
		    i + 1 < len ? s[i + 1] : 0) - tmp);
		if (n + k + 4 > dstsz) {
			if (n + 4 <= dstsz)
				memcpy(dst + n, "...", 3), n += 3;
			break;
		}
		memcpy(dst + n, tmp, k);
		n += k;
	}
	dst[n] = '\0';
	return dst;
}

size_t
diag_size_arg(int opt, const char *arg)
{
	const char *errstr;
	size_t n;

	n = io_parse_size(arg, &errstr);
	if (errstr != NULL)
		errx(CC_ERR, "-%c %s: %s", opt, arg, errstr);
	return n;
}

void
diag_version(void)
{
	printf("%s (cc) %s\n", getprogname(), CC_VERSION);
	exit(fflush(stdout) == 0 && !ferror(stdout) ? CC_OK : CC_ERR);
}
