// Package unicode of memrun's runtime library: Unicode's categories and case mappings as Go
// 1.27.3 reports them (the tables are generated from Go's behaviour by scripts/gen-unicode.go).
// Range tables (*RangeTable and the named ones) are not compiled yet.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "17.0.0"

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool { return uIs(uControl, int(r)) }

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return uIs(uDigit, int(r))
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool { return uIs(uGraphic, int(r)) }

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return uIs(uLetter, int(r))
}

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return uIs(uLower, int(r))
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return uIs(uMark, int(r)) }

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool { return uIs(uNumber, int(r)) }

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool { return uIs(uPrint, int(r)) }

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool { return uIs(uPunct, int(r)) }

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space
// property.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return uIs(uSpace, int(r))
}

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool { return uIs(uSymbol, int(r)) }

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool { return uIs(uTitle, int(r)) }

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return uIs(uUpper, int(r))
}

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple
// case folding: the smallest such rune greater than r, else the smallest.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	return rune(uMap(uFold, int(r)))
}

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToLower, int(r)))
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToTitle, int(r)))
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return rune(uMap(uToUpper, int(r)))
}

// Go 1.27's API that memrun does not compile yet.

func In(r rune, ranges ...*RangeTable) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool

//memrun:unsupported UpperLower Cc Cf Cn Co Cs Digit Nd LC Letter
//memrun:unsupported L Lm Lo Lower Ll Mark M Mc Me Mn Nl No Number N Other C Pc Pd Pe Pf Pi
//memrun:unsupported Po Ps Punct P Sc Sk Sm So Space Z Symbol S Title Lt Upper Lu Zl Zp Zs
//memrun:unsupported Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum
//memrun:unsupported Bassa_Vah Batak Bengali Beria_Erfe Bhaiksuki Bopomofo Brahmi Braille
//memrun:unsupported Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma
//memrun:unsupported Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan
//memrun:unsupported Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan
//memrun:unsupported Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Garay Georgian Glagolitic
//memrun:unsupported Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Gurung_Khema Han
//memrun:unsupported Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic
//memrun:unsupported Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi
//memrun:unsupported Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer
//memrun:unsupported Khojki Khudawadi Kirat_Rai Lao Latin Lepcha Limbu Linear_A Linear_B
//memrun:unsupported Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean
//memrun:unsupported Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui
//memrun:unsupported Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani
//memrun:unsupported Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu
//memrun:unsupported Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Ol_Onal Old_Hungarian Old_Italic
//memrun:unsupported Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian
//memrun:unsupported Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene
//memrun:unsupported Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan
//memrun:unsupported Saurashtra Sharada Shavian Siddham Sidetic SignWriting Sinhala Sogdian
//memrun:unsupported Sora_Sompeng Soyombo Sundanese Sunuwar Syloti_Nagri Syriac Tagalog
//memrun:unsupported Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takri Tamil Tangsa Tangut
//memrun:unsupported Telugu Thaana Thai Tibetan Tifinagh Tirhuta Todhri Tolong_Siki Toto
//memrun:unsupported Tulu_Tigalari Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi
//memrun:unsupported Zanabazar_Square ASCII_Hex_Digit Bidi_Control Dash Deprecated Diacritic
//memrun:unsupported Extender Hex_Digit Hyphen IDS_Binary_Operator IDS_Trinary_Operator
//memrun:unsupported IDS_Unary_Operator ID_Compat_Math_Continue ID_Compat_Math_Start
//memrun:unsupported Ideographic Join_Control Logical_Order_Exception
//memrun:unsupported Modifier_Combining_Mark Noncharacter_Code_Point Other_Alphabetic
//memrun:unsupported Other_Default_Ignorable_Code_Point Other_Grapheme_Extend
//memrun:unsupported Other_ID_Continue Other_ID_Start Other_Lowercase Other_Math
//memrun:unsupported Other_Uppercase Pattern_Syntax Pattern_White_Space
//memrun:unsupported Prepended_Concatenation_Mark Quotation_Mark Radical Regional_Indicator
//memrun:unsupported STerm Sentence_Terminal Soft_Dotted Terminal_Punctuation
//memrun:unsupported Unified_Ideograph Variation_Selector White_Space CaseRanges Categories
//memrun:unsupported CategoryAliases FoldCategory FoldScript GraphicRanges PrintRanges
//memrun:unsupported Properties Scripts CaseRange Range16 Range32 RangeTable SpecialCase
//memrun:unsupported AzeriCase TurkishCase
