package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "sums")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"motd":        "Welcome to host01\n",
		"empty.txt":   "",
		"fstab":       "UUID=abcd / ext4 defaults 0 1\nUUID=ef01 /home ext4 defaults 0 2\n",
		"binary.dat":  "\x00\x01\x02\xfe\xff\x7f",
		"unicode.txt": "naïve café — 日本語\n",
	}
	var names []string
	for name, body := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600)
		names = append(names, name)
	}
	sort.Strings(names)

	var manifest strings.Builder
	for _, name := range names {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			fmt.Println("open:", err)
			continue
		}
		h := sha256.New()
		n, err := io.Copy(h, f)
		f.Close()
		sum := h.Sum(nil)
		fmt.Fprintf(&manifest, "%x  %s\n", sum, name)
		data, _ := os.ReadFile(filepath.Join(dir, name))
		f32 := fnv.New32a()
		f32.Write(data)
		f64 := fnv.New64()
		f64.Write(data)
		fmt.Printf("%-11s %3d bytes err=%v\n", name, n, err)
		var hs []hash.Hash = []hash.Hash{fnv.New32(), fnv.New64a(), sha256.New224()}
		for _, hh := range hs {
			hh.Write(data)
			fmt.Printf("  size%-2d %X\n", hh.Size(), hh.Sum([]byte{0xAB}))
		}
		fmt.Printf("  sha256 %s\n", hex.EncodeToString(sum)[:16])
		fmt.Printf("  b64    %s\n", base64.StdEncoding.EncodeToString(sum[:12]))
		fmt.Printf("  fnv32a %08x fnv64 %d blocks %d/%d\n", f32.Sum32(), f64.Sum64(), f32.BlockSize(), h.BlockSize())
	}
	fmt.Print(manifest.String())

	// verify manifest after tampering with one file
	os.WriteFile(filepath.Join(dir, "motd"), []byte("Welcome to host02\n"), 0o600)
	bad := 0
	for _, line := range strings.Split(strings.TrimSuffix(manifest.String(), "\n"), "\n") {
		want, name, _ := strings.Cut(line, "  ")
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			fmt.Println("FAIL", name, err)
			continue
		}
		got := sha256.Sum256(data)
		if hex.EncodeToString(got[:]) != want {
			bad++
			fmt.Printf("%s: FAILED\n", name)
		} else {
			fmt.Printf("%s: OK\n", name)
		}
	}
	fmt.Printf("%d of %d computed checksums did NOT match\n", bad, len(names))

	enc := base64.URLEncoding.EncodeToString([]byte("ssh-key?/+=data\xfb\xff"))
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println(enc, raw)
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Printf("%q %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8@d29y")
	fmt.Println(err)
	hb, err := hex.DecodeString("deadBEEF")
	fmt.Println(hb, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("root:x:0:0:root:/root:/bin/sh\n")))
}
