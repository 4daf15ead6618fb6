/*
 * benchtime: runs a command with stdin and stdout redirected to files and
 * prints its wall-clock seconds, peak resident memory in KiB and exit
 * status, for tests/bench.sh (GNU time is not on every machine).
 *
 * usage: benchtime infile outfile command [arg ...]
 */
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, fd;
	pid_t pid;

	if (argc < 4)
		errx(2, "usage: benchtime infile outfile command [arg ...]");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1)
		err(2, "fork");
	if (pid == 0) {
		if ((fd = open(argv[1], O_RDONLY)) == -1)
			err(127, "%s", argv[1]);
		dup2(fd, 0);
		if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0666)) == -1)
			err(127, "%s", argv[2]);
		dup2(fd, 1);
		execvp(argv[3], argv + 3);
		err(127, "%s", argv[3]);
	}
	if (wait4(pid, &status, 0, &ru) == -1)
		err(2, "wait4");
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %ld %d\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
	    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
