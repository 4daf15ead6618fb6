/*
 * t-io-signal: interruption at a record boundary (io_catch_signals). A
 * child process runs the loop every cc filter runs (recin_next, io_write,
 * io_close_stdout) and the parent signals it while it waits for input,
 * while it streams, and while its output is blocked; the output must
 * always be whole records and the child must die by the signal.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "io.h"
#include "rec.h"
#include "tap.h"

static char outpath[] = "/tmp/t-io-signal.XXXXXX";

static void
msleep(long ms)
{
	struct timespec ts = { ms / 1000, ms % 1000 * 1000000L };

	nanosleep(&ts, NULL);
}

/* The child: a record cat with signals caught, stdin in, fd 1 out. */
static void __attribute__((noreturn))
filter(int ignore_int)
{
	struct recin ri;
	struct rec *r;
	int rv;

	if (ignore_int)
		signal(SIGINT, SIG_IGN);
	io_stdout_init(0);
	io_catch_signals();
	recin_init(&ri, 0, NULL, IO_MAXLEN_DEFAULT, 0);
	while ((rv = recin_next(&ri, &r)) == 1)
		if (io_write(r->line, r->len) == -1 || io_write("\n", 1) == -1)
			break;
	_exit(io_close_stdout(recin_end(&ri)));
}

/* Closes every descriptor above stderr, so only the intended pipe ends stay open. */
static void
closeall(void)
{
	int fd;

	for (fd = 3; fd < 256; fd++)
		close(fd);
}

/* Starts the filter with stdin from infd and stdout to outfd. */
static pid_t
start(int infd, int outfd, int ignore_int)
{
	pid_t pid;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(infd, 0);
		dup2(outfd, 1);
		closeall();
		filter(ignore_int);
	}
	return pid;
}

/* A writer of numbered records into fd, forever (until EPIPE). */
static pid_t
writer(int fd)
{
	char line[64];
	unsigned long i;
	pid_t pid;
	int n;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(fd, 1);
		closeall();
		for (i = 0;; i++) {
			n = snprintf(line, sizeof(line),
			    "doc=d\tn=%010lu\ttext=some words here\n", i);
			if (write(1, line, (size_t)n) != n)
				_exit(0);
		}
	}
	return pid;
}

/* Returns whether the file is empty or whole lines of the writer's shape. */
static int
whole_records(const char *path, size_t *nlines)
{
	char line[128];
	FILE *fp;
	size_t n = 0;
	int good = 1;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL) {
		n++;
		if (strlen(line) != 40 || line[39] != '\n' ||
		    strncmp(line, "doc=d\tn=", 8) != 0)
			good = 0;
	}
	fclose(fp);
	*nlines = n;
	return good;
}

static int
outfile(void)
{
	return open(outpath, O_WRONLY | O_TRUNC);
}

static int
died_by(pid_t pid, int sig)
{
	int status;

	if (waitpid(pid, &status, 0) == -1)
		return 0;
	if (WIFSIGNALED(status) && WTERMSIG(status) == sig)
		return 1;
	printf("#   status %#x, want signal %d\n", status, sig);
	return 0;
}

int
main(void)
{
	int p[2], q[2], out, i, status, good;
	size_t n;
	pid_t pid, w;

	signal(SIGPIPE, SIG_IGN);
	if ((out = mkstemp(outpath)) == -1)
		return 2;
	close(out);

	/* 1: waiting for input, a partial line pending. */
	pipe(p);
	out = outfile();
	pid = start(p[0], out, 0);
	close(p[0]);
	close(out);
	for (i = 0; i < 1000; i++)
		dprintf(p[1], "doc=d\tn=%010d\ttext=some words here\n", i);
	dprintf(p[1], "doc=d\tn=partial");
	msleep(200);
	kill(pid, SIGINT);
	good = died_by(pid, SIGINT);
	ok(good, "SIGINT while waiting for input: dies by it");
	good = whole_records(outpath, &n) && n == 1000;
	ok(good,
	    "the 1000 whole records were flushed, the partial line was not");
	close(p[1]);

	/* 2: streaming from a pipe, signalled at varied moments. */
	for (i = 0; i < 6; i++) {
		int sig = i % 2 ? SIGTERM : SIGINT;

		pipe(p);
		out = outfile();
		w = writer(p[1]);
		pid = start(p[0], out, 0);
		close(p[0]);
		close(p[1]);
		close(out);
		msleep(5 + 37 * i);
		kill(pid, sig);
		good = died_by(pid, sig);
		ok(good, "signal %d mid-stream (%d ms): dies by it", sig,
		    5 + 37 * i);
		good = whole_records(outpath, &n);
		ok(good, "output is %zu whole records", n);
		waitpid(w, &status, 0);
	}

	/* 3: output blocked on a stalled pipe; the second signal kills. */
	pipe(p);
	pipe(q);
	w = writer(p[1]);
	pid = start(p[0], q[1], 0);
	close(p[0]);
	close(p[1]);
	close(q[1]);
	msleep(200);
	kill(pid, SIGTERM);
	msleep(200);
	good = waitpid(pid, &status, WNOHANG) == 0;
	ok(good, "first SIGTERM while the write is blocked: still waiting");
	kill(pid, SIGTERM);
	good = died_by(pid, SIGTERM);
	ok(good, "second SIGTERM kills at once");
	close(q[0]);
	waitpid(w, &status, 0);

	/* 4: SIGINT ignored at start (nohup, background): stays ignored. */
	pipe(p);
	out = outfile();
	pid = start(p[0], out, 1);
	close(p[0]);
	close(out);
	dprintf(p[1], "doc=d\tn=%010d\ttext=some words here\n", 1);
	msleep(100);
	kill(pid, SIGINT);
	msleep(100);
	dprintf(p[1], "doc=d\tn=%010d\ttext=some words here\n", 2);
	close(p[1]);
	good = waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0;
	ok(good, "an ignored SIGINT is left ignored");
	good = whole_records(outpath, &n) && n == 2;
	ok(good, "both records written");

	unlink(outpath);
	return tap_done();
}
