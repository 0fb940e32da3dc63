package main

func one() int { return 1 }

func main() {
	+one()
	-one()
L:
	{
		break L
	}
	for {
		break
	}
}
