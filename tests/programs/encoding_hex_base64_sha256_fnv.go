package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hello, Gopher!")))
	for _, s := range []string{"48656c6c6f", "48656C6C6F", "4865z", "486", "48g", "", "zz1", "a"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %v\n", b, err)
		var ie hex.InvalidByteError
		fmt.Println(errors.As(err, &ie), errors.Is(err, hex.ErrLength))
	}
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*37 + 20)
		}
		fmt.Print(hex.Dump(data))
	}
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("split "))
	d.Write([]byte("across writes, twenty+ bytes"))
	d.Close()
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 2, 255}), string(dst), hex.DecodedLen(7), string(hex.AppendEncode([]byte("x:"), []byte{0xab})))
	ad, err := hex.AppendDecode([]byte("y:"), []byte("4142"))
	fmt.Printf("%q %v\n", ad, err)

	msg := []byte("any carnal pleas")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for i := 0; i <= len(msg); i += 3 {
			e := enc.EncodeToString(msg[:i%17])
			back, err := enc.DecodeString(e)
			fmt.Println(e, string(back), err, enc.EncodedLen(i), enc.DecodedLen(i))
		}
	}
	fmt.Println(base64.StdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}), base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	bad := []string{"YW55", "YW5", "YW5=", "YW==", "Y===", "====", "YW55\nIGNh\r\ncm5hbA==", "YW55*", "YW55IG=h", "YW55IG==x", "YW55IG== \n", "YW55IG=", "YQ", "YR==", "YW55IA=\n=", "\n\n"}
	for _, s := range bad {
		b, err := base64.StdEncoding.DecodeString(s)
		b2, err2 := base64.RawStdEncoding.DecodeString(s)
		b3, err3 := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("%q: %q %v | %q %v | %q %v\n", s, b, err, b2, err2, b3, err3)
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	ce := custom.EncodeToString([]byte("custom!"))
	cb, err := custom.DecodeString(ce)
	fmt.Println(ce, string(cb), err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.NewEncoding("short")
	}()

	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Printf("%x\n", sha256.Sum256(nil))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	h := sha256.New()
	for i := 0; i < 1000; i++ {
		h.Write([]byte(strings.Repeat("x", i%70)))
	}
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	h.Reset()
	h.Write([]byte("abc"))
	fmt.Println(hex.EncodeToString(h.Sum(nil)))
	h224 := sha256.New224()
	h224.Write([]byte("abc"))
	fmt.Printf("%x %d\n", h224.Sum(nil), h224.Size())
	for _, n := range []int{55, 56, 63, 64, 65, 119, 120, 128} {
		fmt.Printf("%x\n", sha256.Sum256([]byte(strings.Repeat("a", n))))
	}

	f32 := fnv.New32()
	f32a := fnv.New32a()
	f64 := fnv.New64()
	f64a := fnv.New64a()
	for _, w := range []string{"", "a", "foobar", "hello world"} {
		f32.Reset()
		f32a.Reset()
		f64.Reset()
		f64a.Reset()
		f32.Write([]byte(w))
		f32a.Write([]byte(w))
		f64.Write([]byte(w))
		f64a.Write([]byte(w))
		fmt.Println(f32.Sum32(), f32a.Sum32(), f64.Sum64(), f64a.Sum64(), f32.Sum(nil), f64a.Sum([]byte{9}), f32.Size(), f64.Size(), f64.BlockSize())
	}
}
