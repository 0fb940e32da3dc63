package main

type E struct{}

func (E) Error() []byte { return nil }

type F struct{}

func (F) Error(int) string { return "" }

func f() error { return E{} }

func g() error { return F{} }

func main() { f(); g() }
