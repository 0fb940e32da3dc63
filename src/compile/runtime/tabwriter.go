// Package tabwriter of memrun's runtime library (text/tabwriter): aligned columns by the
// elastic tabstops algorithm, with gc's cell, padding, escape and flushing rules.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// A cell is a segment of text terminated by a tab, a vertical tab or a line end.
type cell struct {
	size  int  // bytes
	width int  // runes (escapes and HTML filtered as the flags say)
	htab  bool // terminated by a horizontal tab
}

// Formatting flags.
const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

// Escape is the escape character: text between two of them is one unbroken piece.
const Escape = '\xff'

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	buf     []byte
	pos     int // start of the text of the current cell not yet measured
	cell    cell
	endChar byte // the end of the escape or HTML tag/entity being read, 0 outside
	lines   [][]cell
	widths  []int
	err     error
}

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init initializes a Writer: minwidth is the minimal cell width including padding, tabwidth
// the width of a tab (for padding with tabs), padding what is added to a cell's width,
// padchar the padding byte ('\t' forces left alignment).
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.reset()
	return b
}

func (b *Writer) reset() {
	b.buf = b.buf[:0]
	b.pos = 0
	b.cell = cell{}
	b.endChar = 0
	b.lines = b.lines[:0]
	b.widths = b.widths[:0]
	b.lines = append(b.lines, nil)
}

func (b *Writer) write0(p []byte) {
	if b.err != nil {
		return
	}
	n, err := b.output.Write(p)
	if n != len(p) && err == nil {
		err = io.ErrShortWrite
	}
	b.err = err
}

func (b *Writer) writeN(c byte, n int) {
	if n <= 0 {
		return
	}
	p := make([]byte, n)
	for i := range p {
		p[i] = c
	}
	b.write0(p)
}

func (b *Writer) writePadding(textw, cellw int, useTabs bool) {
	if b.padchar == '\t' || useTabs {
		if b.tabwidth == 0 {
			return // tabs have no width: no padding is possible
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		n := cellw - textw
		b.writeN('\t', (n+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.writeN(b.padchar, cellw-textw)
}

func (b *Writer) writeLines(pos, line0, line1 int) int {
	for i := line0; i < line1; i++ {
		line := b.lines[i]
		useTabs := b.flags&TabIndent != 0
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				b.write0([]byte{'|'})
			}
			if c.size == 0 {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], useTabs)
				}
				continue
			}
			useTabs = false
			if b.flags&AlignRight == 0 {
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
			} else {
				if j < len(b.widths) {
					b.writePadding(c.width, b.widths[j], false)
				}
				b.write0(b.buf[pos : pos+c.size])
				pos += c.size
			}
		}
		if i+1 == len(b.lines) {
			// The last buffered line has no newline yet.
			b.write0(b.buf[pos : pos+b.cell.size])
			pos += b.cell.size
		} else {
			b.write0([]byte{'\n'})
		}
	}
	return pos
}

// format writes lines [line0, line1), the widths of the columns to the left of the current
// one known; each block of consecutive lines with a cell in this column gets one width.
func (b *Writer) format(pos, line0, line1 int) int {
	column := len(b.widths)
	for this := line0; this < line1; this++ {
		if column >= len(b.lines[this])-1 {
			continue
		}
		pos = b.writeLines(pos, line0, this)
		line0 = this
		width := b.minwidth
		discardable := true
		for ; this < line1; this++ {
			line := b.lines[this]
			if column >= len(line)-1 {
				break
			}
			c := line[column]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				discardable = false
			}
		}
		if discardable && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		pos = b.format(pos, line0, this)
		b.widths = b.widths[:len(b.widths)-1]
		line0 = this
	}
	return b.writeLines(pos, line0, line1)
}

func (b *Writer) updateWidth() {
	b.cell.width += utf8.RuneCount(b.buf[b.pos:])
	b.pos = len(b.buf)
}

func (b *Writer) terminateCell(htab bool) int {
	b.cell.htab = htab
	n := len(b.lines) - 1
	b.lines[n] = append(b.lines[n], b.cell)
	b.cell = cell{}
	return len(b.lines[n])
}

func (b *Writer) startEscape(ch byte) {
	switch ch {
	case Escape:
		b.endChar = Escape
	case '<':
		b.endChar = '>'
	case '&':
		b.endChar = ';'
	}
}

func (b *Writer) endEscape() {
	switch b.endChar {
	case Escape:
		b.updateWidth()
		if b.flags&StripEscape == 0 {
			b.cell.width -= 2 // the Escape characters do not count
		}
	case '>': // a tag has no width
	case ';':
		b.cell.width++ // an entity counts as one rune
	}
	b.pos = len(b.buf)
	b.endChar = 0
}

func (b *Writer) appendText(text []byte) {
	b.buf = append(b.buf, text...)
	b.cell.size += len(text)
}

func (b *Writer) flushNoDefers() {
	if b.cell.size > 0 {
		if b.endChar != 0 {
			b.endEscape()
		}
		b.terminateCell(false)
	}
	b.format(0, 0, len(b.lines))
	b.reset()
}

// Flush should be called after the last call to Write to ensure that any data buffered in
// the Writer is written to output.
func (b *Writer) Flush() error {
	b.err = nil
	b.flushNoDefers()
	return b.err
}

// Write writes buf to the writer b; the only errors returned are ones encountered while
// writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	b.err = nil
	n = 0
	for i, ch := range buf {
		if b.endChar == 0 {
			switch ch {
			case '\t', '\v', '\n', '\f':
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i + 1
				ncells := b.terminateCell(ch == '\t')
				if ch == '\n' || ch == '\f' {
					b.lines = append(b.lines, nil)
					if ch == '\f' || ncells == 1 {
						// A line of one cell does not affect the lines after it.
						b.flushNoDefers()
						if ch == '\f' && b.flags&Debug != 0 {
							b.write0([]byte("---\n"))
						}
					}
				}
				if b.err != nil {
					return n, b.err
				}
			case Escape:
				b.appendText(buf[n:i])
				b.updateWidth()
				n = i
				if b.flags&StripEscape != 0 {
					n++
				}
				b.startEscape(Escape)
			case '<', '&':
				if b.flags&FilterHTML != 0 {
					b.appendText(buf[n:i])
					b.updateWidth()
					n = i
					b.startEscape(ch)
				}
			}
		} else if ch == b.endChar {
			j := i + 1
			if ch == Escape && b.flags&StripEscape != 0 {
				j = i
			}
			b.appendText(buf[n:j])
			n = i + 1
			b.endEscape()
		}
	}
	b.appendText(buf[n:])
	return len(buf), nil
}
