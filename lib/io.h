/*
 * io: lines in through large read(2)s scanned with memchr(3), stdout out
 * with the failure handling of STYLE.md (quiet end on a closed pipe,
 * write errors reported at exit).
 */
#ifndef CC_IO_H
#define CC_IO_H

#include <stddef.h>

/* The default longest line, raised with -L. */
#define IO_MAXLEN_DEFAULT	((size_t)64 << 20)

enum {
	IO_EOF = 0,		/* no more lines */
	IO_LINE = 1,		/* a line was returned */
	IO_ERROR = -1,		/* read error, errno is set */
	IO_TOOLONG = -2		/* the line passed maxlen; the next call skips it */
};

struct io_in {
	int			 fd;
	const char		*name;		/* "<stdin>" for "-" */
	char			*buf;
	size_t			 cap, pos, end;
	size_t			 maxlen;
	unsigned long long	 lineno;	/* of the last line returned */
	unsigned long long	 offset;	/* of the last line's first byte */
	unsigned long long	 base;		/* file offset of buf[0] */
	int			 eof;
	int			 skipping;	/* discarding a too-long line */
	int			 noeol;		/* last line had no newline */
	int			 canblock;	/* not a regular file */
};

/*
 * Opens path ("-" is stdin) for reading lines of at most maxlen bytes.
 * Returns 0, or -1 with errno set.
 */
int	io_open(struct io_in *, const char *path, size_t maxlen);

/*
 * Reads the next line into *line (not NUL-terminated, valid until the
 * next call) and its length without the newline into *len. Returns one
 * of the IO_ values.
 */
int	io_getline(struct io_in *, char **line, size_t *len);

void	io_close(struct io_in *);

/* Sets up stdout: a large buffer, or line buffering when lflag is set. */
void	io_stdout_init(int lflag);

/*
 * Writes n bytes to stdout. Returns 0, or -1 after a write error (the
 * loop should stop). A closed pipe ends the program by SIGPIPE.
 */
int	io_write(const void *, size_t n);

/*
 * Flushes and closes stdout. Returns status, or CC_ERR after printing
 * "prog: write error: reason" when something could not be written.
 * After an interruption (io_interrupted), it dies by that signal instead
 * of returning.
 */
int	io_close_stdout(int status);

/*
 * Interruption (SIGHUP, SIGINT, SIGTERM) at a record boundary.
 * io_catch_signals installs handlers (not for a signal ignored at start,
 * as under nohup) that only set a flag; from then on io_getline returns
 * IO_EOF before the next line, a blocked read on a pipe or terminal
 * returns at once, and recin_next ends the input. The tool's loop ends as
 * at the end of the input, having written whole records only, and
 * io_close_stdout flushes them and then dies by the same signal, so the
 * shell sees 128 + signal. A second signal kills at once (e.g. while a
 * write is blocked on a stalled pipe). Call it after option and lexicon
 * checks, just before the main loop.
 */
void	io_catch_signals(void);

/* Returns the signal caught since io_catch_signals, or 0. */
int	io_interrupted(void);

/*
 * Parses a byte count with an optional K, M or G suffix, between 1 and
 * 2^40. Returns it, or 0 with *errstr set.
 */
size_t	io_parse_size(const char *, const char **errstr);

#endif
