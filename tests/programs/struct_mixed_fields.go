package main

import "fmt"

// Fields of different sizes force padding between them.
type Packet struct {
	Flag  bool
	Seq   uint32
	Kind  byte
	Len   int64
	Port  uint16
	Name  string
	Ok    bool
	Delta int8
}

type Header struct {
	A byte
	B [3]byte
	C int16
	P Packet
}

func mutate(p Packet) Packet {
	p.Seq++
	p.Delta--
	p.Name += "'"
	return p
}

func bumpAll(ps []Packet) {
	for i := 0; i < len(ps); i++ {
		ps[i].Port += 1000
		ps[i].Kind ^= 0xff
	}
}

func main() {
	p := Packet{true, 7, 'k', -1 << 40, 65535, "syn", false, -128}
	q := p
	fmt.Println(p == q, p)
	q.Port++  // wraps to 0
	q.Delta-- // wraps to 127
	fmt.Println(p == q, q.Port, q.Delta)
	r := mutate(p)
	fmt.Printf("%+v\n%+v\n", p, r)
	fmt.Println(r == mutate(p), r != p)

	h1 := Header{1, [3]byte{2, 3, 4}, -5, p}
	h2 := h1
	fmt.Println(h1 == h2)
	h2.B[2] = 0
	fmt.Println(h1 == h2, h1.B, h2.B)
	h2 = h1
	h2.P.Name = "syn"
	fmt.Println(h1 == h2)
	h2.P.Ok = true
	fmt.Println(h1 == h2)
	fmt.Printf("%v\n%+v\n", h1, h2)

	ps := []Packet{p, q, r}
	bumpAll(ps)
	for i := 0; i < len(ps); i++ {
		fmt.Println(ps[i].Port, ps[i].Kind, ps[i].Seq, ps[i].Delta, ps[i].Name)
	}
	arr := [3]Packet{p, q, r}
	arr2 := arr
	fmt.Println(arr == arr2)
	arr2[1].Len = 0
	fmt.Println(arr == arr2, arr[1].Len, arr2[1].Len)

	pp := &arr[0]
	pp.Seq <<= 3
	pp.Flag = !pp.Flag
	pp.Len /= 1024
	fmt.Printf("%d %v %d %x\n", arr[0].Seq, arr[0].Flag, arr[0].Len, arr[0].Kind)
	fmt.Printf("%#v\n", arr[0])
}
