package main

import (
	"fmt"
	"slices"
)

type Playlist struct {
	Songs []string
}

func (p *Playlist) InsertAt(pos int, songs ...string) {
	p.Songs = slices.Insert(p.Songs, pos, songs...)
	fmt.Printf("inserted %d at %d -> %v\n", len(songs), pos, p.Songs)
}

func main() {
	p := &Playlist{Songs: []string{"intro", "verse"}}
	p.InsertAt(1, "bridge")
	p.InsertAt(3, "outro")
	p.InsertAt(0)
	p.InsertAt(6, "encore")
	fmt.Println("unreachable", p.Songs)
}
