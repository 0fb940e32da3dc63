package main

type I interface{ M() }

func (i I) N() {}

func (e error) X() {}

type P *int

func (p P) Y() {}

func main() {}
