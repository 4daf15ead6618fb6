/*
 * fuzz-io: io_getline on a file holding the input, with a longest line
 * taken from the first byte. The lines it returns, the too-long lines it
 * reports and their numbers and offsets must account for every byte of
 * the input, split at each newline, with nothing lost or invented.
 */
#include <sys/mman.h>

#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "io.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	struct io_in in;
	const char *p, *end, *nl;
	char *line, path[64];
	size_t len, maxlen, want;
	unsigned long long lineno = 0;
	int rv;

	if (size < 1)
		return 0;
	maxlen = 1 + data[0] % 32;
	data++, size--;
	if (fd == -1 && (fd = memfd_create("fuzz-io", 0)) == -1)
		abort();
	if (ftruncate(fd, 0) == -1 || pwrite(fd, data, size, 0) !=
	    (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	FUZZ_ASSERT(io_open(&in, path, maxlen) == 0);

	p = (const char *)data;
	end = p + size;
	while (p < end) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		want = (size_t)(nl - p);
		rv = io_getline(&in, &line, &len);
		lineno++;
		FUZZ_ASSERT(in.lineno == lineno);
		if (want > maxlen)
			FUZZ_ASSERT(rv == IO_TOOLONG);
		else {
			FUZZ_ASSERT(rv == IO_LINE);
			FUZZ_ASSERT(len == want && memcmp(line, p, len) == 0);
			FUZZ_ASSERT(in.offset == (size_t)(p - (const char *)data));
			FUZZ_ASSERT(in.noeol == (nl == end));
		}
		p = nl + 1;
	}
	FUZZ_ASSERT(io_getline(&in, &line, &len) == IO_EOF);
	io_close(&in);
	return 0;
}
