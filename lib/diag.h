/*
 * diag: exit codes and diagnostics shared by every cc program.
 *
 * Messages go to stderr as "prog: name:line: what is wrong" (STYLE.md).
 * Only this module and the tools' main() may exit.
 */
#ifndef CC_DIAG_H
#define CC_DIAG_H

#include <stddef.h>

enum { CC_OK = 0, CC_NONE = 1, CC_ERR = 2 };

#define CC_VERSION "0.1.0"

/* Prints "prog: name:line: message" on stderr. */
void	diag_at(const char *name, unsigned long long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * Encodes len bytes of s with vis(3) into dst (size dstsz), cutting it
 * short with "..." when it does not fit, so a message never carries raw
 * control bytes. Returns dst.
 */
char	*diag_vis(char *dst, size_t dstsz, const char *s, size_t len);

/*
 * Returns the size given as arg to the option -opt (-L, -H), read by
 * io_parse_size, or exits 2 after saying what is wrong with it, as
 * "prog: -L 0: too small".
 */
size_t	diag_size_arg(int opt, const char *arg);

/* Prints "prog (cc) VERSION" on stdout and exits 0: the -V option. */
void	diag_version(void) __attribute__((noreturn));

#endif
