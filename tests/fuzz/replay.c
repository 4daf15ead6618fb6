/*
 * replay.c: a main() for a fuzz harness built without libFuzzer, so that
 * make check replays the committed inputs of tests/fuzz/regress/NAME
 * (crashes found once, kept as regression tests) and tests/fuzz/corpus/NAME
 * (small hand-written seeds) through the normal build. Each input runs in
 * a child process and gives one TAP line. With file operands, replays
 * those instead.
 *
 * A unit test includes the harness and then this file, with FUZZ_NAME set.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

static int replay_n, replay_failed;

static void
replay_file(const char *path)
{
	static unsigned char data[1 << 20];
	size_t n;
	FILE *fp;
	pid_t pid;
	int status;

	replay_n++;
	if ((fp = fopen(path, "rb")) == NULL) {
		printf("not ok %d - %s: %s\n", replay_n, path, strerror(errno));
		replay_failed++;
		return;
	}
	n = fread(data, 1, sizeof(data), fp);
	fclose(fp);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		LLVMFuzzerTestOneInput(data, n);
		_exit(0);
	}
	if (pid == -1 || waitpid(pid, &status, 0) == -1 ||
	    !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		printf("not ok %d - %s\n", replay_n, path);
		replay_failed++;
	} else
		printf("ok %d - %s\n", replay_n, path);
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
replay_dir(const char *dir)
{
	char *names[4096], path[1024];
	struct dirent *d;
	size_t n = 0, i;
	DIR *dp;

	if ((dp = opendir(dir)) == NULL)
		return;
	while ((d = readdir(dp)) != NULL && n < 4096)
		if (d->d_name[0] != '.')
			names[n++] = strdup(d->d_name);
	closedir(dp);
	qsort(names, n, sizeof(names[0]), cmpstr);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		replay_file(path);
		free(names[i]);
	}
}

int
main(int argc, char *argv[])
{
	const char *src = getenv("SRC_DIR");
	char dir[1024];
	int i;

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			replay_file(argv[i]);
	} else {
		if (src == NULL)
			src = ".";
		snprintf(dir, sizeof(dir), "%s/tests/fuzz/regress/%s", src,
		    FUZZ_NAME);
		replay_dir(dir);
		snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus/%s", src,
		    FUZZ_NAME);
		replay_dir(dir);
	}
	if (replay_n == 0)
		printf("1..0 # SKIP no inputs for %s\n", FUZZ_NAME);
	else
		printf("1..%d\n", replay_n);
	return replay_failed != 0;
}
