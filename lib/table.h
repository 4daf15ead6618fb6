/*
 * table: rows of cells rendered as an aligned text table (display width
 * aware, for CJK and combining marks), TSV, CSV or a Markdown table.
 *
 * Cells hold unescaped values; each format writes them its own way: the
 * aligned table, TSV and Markdown in the record escapes of DESIGN.md
 * (so a TAB or newline in a value never breaks a row), CSV quoted as
 * RFC 4180 says.
 */
#ifndef CC_TABLE_H
#define CC_TABLE_H

#include <stddef.h>

#include "buf.h"

enum table_fmt { TABLE_ALIGNED, TABLE_TSV, TABLE_CSV, TABLE_MD };

enum cell_kind {
	CELL_TEXT,		/* left aligned */
	CELL_NUM,		/* right aligned */
	CELL_NONE		/* absent: "(none)", empty in TSV and CSV */
};

struct cell {
	size_t		off, len;	/* in text */
	enum cell_kind	kind;
};

struct table {
	size_t		 ncol;
	struct buf	 text;
	struct cell	*cell;
	size_t		 ncell, cap;
	int		 footer;	/* the last row is a footer */
};

/* The text an absent value shows in the aligned and Markdown tables. */
#define TABLE_NONE	"(none)"

void	table_init(struct table *, size_t ncol);
void	table_free(struct table *);

/*
 * Appends a cell; rows fill left to right, the first row is the header.
 * Returns 0 or -1 (no memory).
 */
int	table_cell(struct table *, enum cell_kind, const char *s, size_t len);
int	table_cells(struct table *, enum cell_kind, const char *s);

/*
 * Marks the row about to be added as a footer (a total): shown by the
 * aligned and Markdown tables, left out of TSV and CSV so they stay plain
 * data.
 */
void	table_set_footer(struct table *);

/*
 * Appends the table in format fmt to out, each row ended by a newline.
 * The aligned table separates columns by two spaces and has no trailing
 * blanks. Returns 0 or -1.
 */
int	table_render(const struct table *, enum table_fmt, struct buf *out);

#endif
