package main

import "fmt"

type Pixel struct {
	R, G, B, A uint8
}

type Sensor struct {
	ID      int16
	Samples [4]int8
	Total   uint32
	Errors  uint16
}

func (p *Pixel) Brighten(d uint8) {
	p.R += d
	p.G += d
	p.B += d
}

func (p Pixel) Gray() uint8 {
	return uint8((uint16(p.R) + uint16(p.G) + uint16(p.B)) / 3)
}

func main() {
	px := Pixel{250, 128, 3, 255}
	px.Brighten(10)
	fmt.Println(px, px.Gray())
	px.A++
	px.B--
	fmt.Printf("%+v %x\n", px, px)

	img := make([]Pixel, 3)
	for i := 0; i < len(img); i++ {
		img[i] = Pixel{uint8(i * 100), uint8(i * 120), uint8(i * 140), 0}
		img[i].Brighten(60)
		img[i].A -= uint8(i)
	}
	fmt.Println(img)

	s := Sensor{ID: 32767, Samples: [4]int8{100, 27, -128, 127}}
	s.ID++
	for i := 0; i < len(s.Samples); i++ {
		s.Samples[i] += 100
		s.Total += uint32(int32(s.Samples[i]))
	}
	s.Errors -= 1
	fmt.Printf("%+v\n", s)

	sp := &s
	sp.Samples[0] <<= 1
	sp.Samples[1] >>= 2
	sp.Total *= 3
	sp.Errors &^= 0xff
	sp.ID %= 1000
	fmt.Printf("%v %d %b\n", s.Samples, s.Total, s.Errors)

	counts := [3]uint8{254, 255, 0}
	for i := 0; i < len(counts); i++ {
		counts[i] += 2
	}
	cs := counts[:]
	cs[0] *= 3
	cs[2] |= 0x80
	fmt.Println(counts)

	var words [2]uint64
	words[0] = 1<<63 | 1
	words[1] = words[0] >> 1
	words[0] <<= 1
	wp := &words[1]
	*wp ^= ^uint64(0)
	fmt.Println(words)
	fmt.Printf("%x %v\n", words, words[0] == 2)

	ints := []int32{2147483647, -2147483648}
	ints[0]++
	ints[1]--
	fmt.Println(ints, min(ints[0], ints[1]), max(ints[0], ints[1]))
}
