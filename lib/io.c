/*
 * io: buffered line input and checked output.
 *
 * Input is read in large blocks into one buffer that grows only as far as
 * the longest line needs, so memory is bounded by maxlen whatever the
 * input size. Lines are returned in place, with no copy.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "io.h"

#define READSZ	((size_t)256 << 10)

static int write_errno;

/* The signal caught by io_catch_signals' handler, 0 before. */
static volatile sig_atomic_t caught;
static int catching;
static const int catchsigs[] = { SIGHUP, SIGINT, SIGTERM };

static void
on_signal(int sig)
{
	if (caught) {
		/* A second signal: the user insists, die now. */
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	caught = sig;
}

void
io_catch_signals(void)
{
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	/*
	 * SA_RESTART, so that a signal never makes stdio's write(2) fail
	 * with EINTR: glibc then drops the buffered bytes, tearing a
	 * record. Reads that must notice the signal wait in ppoll(2),
	 * which is never restarted (see wait_input).
	 */
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(catchsigs) / sizeof(catchsigs[0]); i++)
		sigaddset(&sa.sa_mask, catchsigs[i]);
	for (i = 0; i < sizeof(catchsigs) / sizeof(catchsigs[0]); i++) {
		if (sigaction(catchsigs[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(catchsigs[i], &sa, NULL);
	}
	catching = 1;
}

int
io_interrupted(void)
{
	return caught;
}

/*
 * Waits until fd (a pipe, terminal or socket) is readable or a caught
 * signal arrives. The signals are blocked from the test of the flag until
 * ppoll(2) unblocks them atomically, so a signal cannot slip in between
 * and leave the read blocked. Returns -1 once interrupted, else 0.
 */
static int
wait_input(int fd)
{
	struct pollfd pfd;
	sigset_t block, old;
	size_t i;
	int n;

	pfd.fd = fd;
	pfd.events = POLLIN;
	sigemptyset(&block);
	for (i = 0; i < sizeof(catchsigs) / sizeof(catchsigs[0]); i++)
		sigaddset(&block, catchsigs[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	do
		n = caught ? 0 : ppoll(&pfd, 1, NULL, &old);
	while (n == -1 && errno == EINTR && !caught);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return caught ? -1 : 0;
}

int
io_open(struct io_in *in, const char *path, size_t maxlen)
{
	struct stat st;

	memset(in, 0, sizeof(*in));
	in->maxlen = maxlen;
	if (strcmp(path, "-") == 0) {
		in->fd = STDIN_FILENO;
		in->name = "<stdin>";
	} else {
		if ((in->fd = open(path, O_RDONLY)) == -1)
			return -1;
		in->name = path;
	}
	/* Only a read that can block needs to wait for a signal. */
	in->canblock = fstat(in->fd, &st) == -1 || !S_ISREG(st.st_mode);
	return 0;
}

void
io_close(struct io_in *in)
{
	if (in->fd > STDIN_FILENO)
		close(in->fd);
	in->fd = -1;
	free(in->buf);
	in->buf = NULL;
}

/*
 * Makes room for at least one READSZ read at the end of the buffer,
 * moving the unread bytes to the front first. Returns 0 or -1.
 */
static int
room(struct io_in *in)
{
	size_t want;
	char *p;

	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->end - in->pos);
		in->base += in->pos;
		in->end -= in->pos;
		in->pos = 0;
	}
	if (in->cap - in->end >= READSZ)
		return 0;
	want = in->cap ? in->cap * 2 : READSZ * 2;
	while (want - in->end < READSZ)
		want *= 2;
	if ((p = realloc(in->buf, want)) == NULL)
		return -1;
	in->buf = p;
	in->cap = want;
	return 0;
}

/* Reads one block. Returns bytes read, 0 at end of file, -1 on error. */
static ssize_t
fill(struct io_in *in)
{
	ssize_t n;

	if (in->eof)
		return 0;
	if (room(in) == -1)
		return -1;
	if (catching && in->canblock && wait_input(in->fd) == -1)
		return 0;
	do
		n = read(in->fd, in->buf + in->end, in->cap - in->end);
	while (n == -1 && errno == EINTR);
	if (n == 0)
		in->eof = 1;
	if (n > 0)
		in->end += (size_t)n;
	return n;
}

/* Returns a line of n bytes at pos, advancing past it and its newline. */
static int
deliver(struct io_in *in, char **line, size_t *len, size_t n, int noeol)
{
	*line = in->buf + in->pos;
	*len = n;
	in->offset = in->base + in->pos;
	in->lineno++;
	in->noeol = noeol;
	in->pos += n + !noeol;
	return IO_LINE;
}

int
io_getline(struct io_in *in, char **line, size_t *len)
{
	size_t scan = 0, avail;
	ssize_t r;
	char *nl;

	for (;;) {
		/* Interrupted: stop at this line boundary. */
		if (caught)
			return IO_EOF;
		avail = in->end - in->pos;
		nl = avail > scan ?
		    memchr(in->buf + in->pos + scan, '\n', avail - scan) : NULL;
		if (in->skipping) {
			/* Discard the rest of a too-long line. */
			scan = 0;
			if (nl != NULL) {
				in->pos = (size_t)(nl - in->buf) + 1;
				in->skipping = 0;
				continue;
			}
			in->pos = in->end;
		} else if (nl != NULL) {
			size_t n = (size_t)(nl - (in->buf + in->pos));

			if (n > in->maxlen) {
				in->pos += n + 1;
				in->lineno++;
				return IO_TOOLONG;
			}
			return deliver(in, line, len, n, 0);
		} else if (avail > in->maxlen) {
			in->skipping = 1;
			in->lineno++;
			return IO_TOOLONG;
		} else
			scan = avail;
		if ((r = fill(in)) == -1)
			return IO_ERROR;
		if (caught)
			return IO_EOF;
		if (r == 0) {
			in->skipping = 0;
			if (in->end == in->pos)
				return IO_EOF;
			/* A last line without a newline still counts. */
			return deliver(in, line, len, in->end - in->pos, 1);
		}
	}
}

void
io_stdout_init(int lflag)
{
	static char obuf[128 << 10];

	if (lflag)
		setvbuf(stdout, NULL, _IOLBF, 0);
	else
		setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
}

/*
 * A closed pipe ends the program the way the shell expects, even when a
 * parent started us with SIGPIPE ignored (git's check_pipe).
 */
static void
check_pipe(int e)
{
	if (e == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
		_exit(141);
	}
}

int
io_write(const void *p, size_t n)
{
	/*
	 * On a line-buffered stream glibc's fwrite reports success when
	 * the flush its newline triggers fails, so the error flag is
	 * checked too, while errno still says why (ENOSPC, not EIO).
	 */
	if (fwrite_unlocked(p, 1, n, stdout) == n && !ferror_unlocked(stdout))
		return 0;
	write_errno = errno;
	check_pipe(write_errno);
	return -1;
}

int
io_close_stdout(int status)
{
	int e = 0;

	if (fflush(stdout) != 0)
		e = errno;
	else if (ferror(stdout))
		e = write_errno ? write_errno : EIO;
	if (fclose(stdout) != 0 && e == 0)
		e = errno;
	if (e != 0) {
		check_pipe(e);
		fprintf(stderr, "%s: write error: %s\n", getprogname(),
		    strerror(e));
		status = CC_ERR;
	}
	if (caught) {
		sigset_t set;

		/* Die by the signal, as if it had not been caught. */
		signal(caught, SIG_DFL);
		sigemptyset(&set);
		sigaddset(&set, caught);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(caught);
	}
	return status;
}

size_t
io_parse_size(const char *s, const char **errstr)
{
	unsigned long long v;
	char *end;

	*errstr = NULL;
	errno = 0;
	if (*s < '0' || *s > '9') {
		*errstr = "invalid";
		return 0;
	}
	v = strtoull(s, &end, 10);
	if (errno == ERANGE)
		v = UINT64_MAX;
	switch (*end) {
	case 'k': case 'K':
		v = v > (1ULL << 54) ? UINT64_MAX : v << 10, end++;
		break;
	case 'm': case 'M':
		v = v > (1ULL << 44) ? UINT64_MAX : v << 20, end++;
		break;
	case 'g': case 'G':
		v = v > (1ULL << 34) ? UINT64_MAX : v << 30, end++;
		break;
	}
	if (*end != '\0') {
		*errstr = "invalid";
		return 0;
	}
	if (v < 1) {
		*errstr = "too small";
		return 0;
	}
	if (v > (1ULL << 40)) {
		*errstr = "too large";
		return 0;
	}
	return (size_t)v;
}
