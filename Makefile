# cc toolkit. Plain make: lib/libcc.a from lib/*.c, one program per
# tools/*.c, unit tests per tests/unit/*.c, all in $(B).
#
#   make                 build into build/ (build-san/ with SANITIZE)
#   make check           run every test with prove
#   make SANITIZE=address,undefined check
#   make check-all       check, sanitizer check, valgrind subset, man lint
#   make score           score ccsplit and cctag on the shared gold data
#   make bench           throughput against cat, wc, grep, awk, Miller
#   make fuzz            each libFuzzer target FUZZ_SECONDS (10) seconds
#   make check-valgrind  the shell tests with the programs under valgrind
#   make install         PREFIX=/usr/local DESTDIR=

VERSION  = 0.1.0
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man
SHARED  ?= ../shared

CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = libutf8proc libpcre2-8 libbsd-overlay jansson libxxhash
WARN     = -std=c11 -D_GNU_SOURCE -DLIBBSD_OPENBSD_VIS -Wall -Wextra -Wshadow -Wpointer-arith \
	   -Wstrict-prototypes -Wmissing-prototypes -Wno-missing-field-initializers
ifdef WERROR
WARN    += -Werror
endif
ifdef SANITIZE
B        = build-san
SANFLAGS = -fsanitize=$(SANITIZE) -fno-sanitize-recover=all -fno-omit-frame-pointer
else
B        = build
endif
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))
ALL_CFLAGS  = $(WARN) $(CFLAGS) $(SANFLAGS) -Ilib $(PKG_CFLAGS)
LDLIBS      = $(PKG_LIBS) -lm

LIB_SRC  = $(wildcard lib/*.c)
LIB_OBJ  = $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
LIB_HDR  = $(wildcard lib/*.h)
TOOLS    = $(patsubst tools/%.c,$(B)/bin/%,$(wildcard tools/*.c))
UNITS    = $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/*.c))
MANS     = $(wildcard man/*.[1-9] examples/*/*.[1-9])
BINSCRIPTS = examples/parallel/ccparallel examples/parallel/ccmap
SCRIPTS  = examples/report/ccreport
SHAREDIR = $(PREFIX)/share/cc

all: $(TOOLS)

$(B)/lib/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libcc.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(B)/bin/%: tools/%.c $(B)/libcc.a $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libcc.a $(LDFLAGS) $(LDLIBS)

$(B)/unit/%: tests/unit/%.c tests/unit/tap.h $(B)/libcc.a $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(B)/libcc.a $(LDFLAGS) $(LDLIBS)

# The test scripts find the programs through CC_BIN.
check: $(TOOLS) $(UNITS)
	CC_BIN=$(CURDIR)/$(B)/bin CC_SHARED=$(abspath $(SHARED)) \
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	prove -j2 --exec '' $(UNITS) $(sort $(wildcard tests/t[0-9]*.sh))

check-san:
	$(MAKE) SANITIZE=address,undefined CFLAGS="-O1 -g" check

lint-man:
	@if command -v mandoc >/dev/null; then \
		mandoc -Tlint -W warning $(MANS) && echo "man pages: lint clean"; \
	else echo "mandoc not installed: man pages not linted"; fi

check-all: check check-san check-valgrind lint-man

score: $(TOOLS)
	@sh tests/score.sh $(CURDIR)/$(B)/bin $(SHARED)

$(B)/benchtime: tests/bench/benchtime.c
	$(CC) $(ALL_CFLAGS) -o $@ $<

bench: $(TOOLS) $(B)/benchtime
	@sh tests/bench.sh $(CURDIR)/$(B)/bin $(CURDIR)/$(B)/benchtime

# libFuzzer harnesses tests/fuzz/fuzz-*.c, built with clang in build-fuzz/.
FUZZ_SECONDS ?= 10
FUZZ_CC      ?= clang
FUZZ_FLAGS    = $(WARN) -Wno-comment -g -O1 -fsanitize=address,undefined \
		-fno-sanitize-recover=all -Ilib $(PKG_CFLAGS)
FUZZERS       = $(patsubst tests/fuzz/%.c,build-fuzz/%,$(wildcard tests/fuzz/fuzz-*.c))

build-fuzz/lib/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build-fuzz/fuzz-%: tests/fuzz/fuzz-%.c tests/fuzz/fuzz.h $(LIB_SRC:lib/%.c=build-fuzz/lib/%.o)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ $< \
	    $(LIB_SRC:lib/%.c=build-fuzz/lib/%.o) $(LDLIBS)

fuzz: $(FUZZERS)
	@sh tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS) $(notdir $(FUZZERS))

# The shell tests with every program run under valgrind memcheck.
check-valgrind: $(TOOLS)
	@sh tests/valgrind.sh $(CURDIR)/$(B)/bin $(abspath $(SHARED))

# Rewrites README.md's example outputs; read the diff before committing.
readme: $(TOOLS)
	sh tests/readme.sh $(CURDIR)/$(B)/bin update >README.md.new
	mv README.md.new README.md

# ccparallel and ccmap must be in PATH (on every machine of a parallel
# run); the cron report job goes to $(SHAREDIR), as ccreport(8) says.
install: $(TOOLS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)
	install -m 755 $(TOOLS) $(BINSCRIPTS) $(DESTDIR)$(BINDIR)
	install -m 755 $(SCRIPTS) $(DESTDIR)$(SHAREDIR)
	for m in $(MANS); do \
		install -d $(DESTDIR)$(MANDIR)/man$${m##*.} && \
		install -m 644 $$m $(DESTDIR)$(MANDIR)/man$${m##*.}; done

uninstall:
	for t in $(notdir $(TOOLS) $(BINSCRIPTS)); do rm -f $(DESTDIR)$(BINDIR)/$$t; done
	for t in $(notdir $(SCRIPTS)); do rm -f $(DESTDIR)$(SHAREDIR)/$$t; done
	for m in $(notdir $(MANS)); do rm -f $(DESTDIR)$(MANDIR)/man$${m##*.}/$$m; done

clean:
	rm -rf build build-san build-fuzz

.PHONY: all check check-san check-all lint-man score bench readme fuzz \
	check-valgrind install uninstall clean
.SECONDARY:
