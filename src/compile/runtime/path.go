// Package path of memrun's runtime library: slash-separated paths, manipulated lexically.
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern error = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical processing:
// repeated slashes, "." elements, ".." elements with the element before them (and ".." at
// the root) are removed; the empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := make([]byte, 0, n)
	r, dotdot := 0, 0
	if rooted {
		out = append(out, '/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2
			switch {
			case len(out) > dotdot:
				// Back up over the last element.
				w := len(out) - 1
				for w > dotdot && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out = append(out, path[r])
			}
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path after its last slash into a directory and a file name.
func Split(path string) (dir, file string) {
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result ("" if all are empty).
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension: from the last dot of the last element ("" without).
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, trailing slashes removed ("." for "", "/" for
// slashes alone).
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			path = path[i+1:]
			break
		}
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' any run of non-slash
// characters, '?' one non-slash character, '[...]' a class of characters or ranges ('^'
// negates), '\\' quotes. A malformed pattern is ErrBadPattern.
//
// Like gc, each piece between stars is matched at the leftmost place it fits (the last
// piece at the end), so a star never spans a slash even where a later placement would.
func Match(pattern, name string) (matched bool, err error) {
	ok, bad := match(pattern, name)
	if bad {
		return false, ErrBadPattern
	}
	return ok, nil
}

// match is Match with the malformed case as a flag.
func match(pattern, name string) (matched bool, bad bool) {
	for len(pattern) > 0 {
		star, piece, rest := nextPiece(pattern)
		pattern = rest
		if star && piece == "" {
			// A final star takes the rest of name unless it holds a slash.
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, false
				}
			}
			return true, false
		}
		left, ok, bad := matchPiece(piece, name)
		if bad {
			return false, true
		}
		if ok && (len(left) == 0 || len(pattern) > 0) {
			name = left
			continue
		}
		found := false
		if star {
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				left, ok, bad := matchPiece(piece, name[i+1:])
				if bad {
					return false, true
				}
				if ok && !(len(pattern) == 0 && len(left) > 0) {
					name = left
					found = true
					break
				}
			}
		}
		if found {
			continue
		}
		// No match: still a malformed rest of the pattern is reported.
		for len(pattern) > 0 {
			_, piece, rest := nextPiece(pattern)
			pattern = rest
			if _, _, bad := matchPiece(piece, ""); bad {
				return false, true
			}
		}
		return false, false
	}
	return len(name) == 0, false
}

// nextPiece splits off the stars at the start of pattern and the piece up to the next star
// outside a class.
func nextPiece(pattern string) (star bool, piece, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchPiece matches a star-free piece at the start of s: what is left of s, whether it
// matched, and whether the piece is malformed (checked to its end even after a mismatch).
func matchPiece(piece, s string) (left string, ok bool, bad bool) {
	failed := false
	for len(piece) > 0 {
		if len(s) == 0 {
			failed = true
		}
		switch piece[0] {
		case '[':
			r := rune(0)
			if !failed {
				rr, n := utf8.DecodeRuneInString(s)
				r = rr
				s = s[n:]
			}
			piece = piece[1:]
			negated := len(piece) > 0 && piece[0] == '^'
			if negated {
				piece = piece[1:]
			}
			in := false
			for n := 0; ; n++ {
				if n > 0 && len(piece) > 0 && piece[0] == ']' {
					piece = piece[1:]
					break
				}
				lo, rest, bad := classChar(piece)
				if bad {
					return "", false, true
				}
				piece = rest
				hi := lo
				if piece[0] == '-' {
					hi, rest, bad = classChar(piece[1:])
					if bad {
						return "", false, true
					}
					piece = rest
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			piece = piece[1:]
		default:
			if piece[0] == '\\' {
				piece = piece[1:]
				if len(piece) == 0 {
					return "", false, true
				}
			}
			if !failed {
				if piece[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			piece = piece[1:]
		}
	}
	if failed {
		return "", false, false
	}
	return s, true, false
}

// classChar reads one (possibly quoted) character of a class; something must follow it.
func classChar(piece string) (r rune, rest string, bad bool) {
	if len(piece) == 0 || piece[0] == '-' || piece[0] == ']' {
		return 0, "", true
	}
	if piece[0] == '\\' {
		piece = piece[1:]
		if len(piece) == 0 {
			return 0, "", true
		}
	}
	r, n := utf8.DecodeRuneInString(piece)
	rest = piece[n:]
	return r, rest, r == utf8.RuneError && n == 1 || len(rest) == 0
}
