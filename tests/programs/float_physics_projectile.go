package main

import "fmt"

const g = 9.81 // m/s^2

type Body struct {
	Name   string
	X, Y   float64
	VX, VY float64
	Mass   float64
}

func (b *Body) Step(dt, drag float64) {
	ax := -drag * b.VX / b.Mass
	ay := -g - drag*b.VY/b.Mass
	b.VX += ax * dt
	b.VY += ay * dt
	b.X += b.VX * dt
	b.Y += b.VY * dt
}

func (b Body) KineticEnergy() float64 {
	return 0.5 * b.Mass * (b.VX*b.VX + b.VY*b.VY)
}

func (b Body) PotentialEnergy() float64 { return b.Mass * g * b.Y }

func simulate(b Body, dt, drag float64) (Body, float64, float64, int) {
	maxY := b.Y
	t := 0.0
	steps := 0
	for b.Y >= 0 {
		b.Step(dt, drag)
		t += dt
		steps++
		maxY = max(maxY, b.Y)
	}
	return b, t, maxY, steps
}

func main() {
	ball := Body{Name: "ball", VX: 20, VY: 20, Mass: 0.5}
	fmt.Printf("initial KE %.3f J\n", ball.KineticEnergy())

	// Analytic answers without drag.
	flight := 2 * ball.VY / g
	fmt.Printf("analytic: flight %.4f s, range %.4f m, apex %.4f m\n",
		flight, ball.VX*flight, ball.VY*ball.VY/(2*g))

	for _, dt := range []float64{0.1, 0.01, 0.001} {
		end, t, apex, steps := simulate(ball, dt, 0)
		fmt.Printf("dt=%-6v steps=%5d t=%7.3f x=%8.3f apex=%7.3f\n", dt, steps, t, end.X, apex)
	}
	for _, drag := range []float64{0.01, 0.05, 0.1} {
		end, t, apex, _ := simulate(ball, 0.001, drag)
		fmt.Printf("drag=%-5v t=%6.3f x=%7.3f apex=%6.3f vx=%6.3f\n", drag, t, end.X, apex, end.VX)
	}

	// Energy is nearly conserved with a small step and no drag.
	b := Body{Name: "rock", Y: 100, Mass: 2}
	e0 := b.KineticEnergy() + b.PotentialEnergy()
	for i := 0; i < 300; i++ {
		b.Step(0.001, 0)
	}
	e1 := b.KineticEnergy() + b.PotentialEnergy()
	fmt.Printf("%s: y=%.4f vy=%.4f energy %.3f -> %.3f\n", b.Name, b.Y, b.VY, e0, e1)

	// A spring: simple harmonic motion with semi-implicit Euler.
	k, m := 4.0, 1.0
	x, v := 1.0, 0.0
	dt := 0.01
	crossings := 0
	prev := x
	for i := 1; i <= 1000; i++ {
		v -= k / m * x * dt
		x += v * dt
		if (prev < 0) != (x < 0) {
			crossings++
		}
		prev = x
		if i%250 == 0 {
			fmt.Printf("t=%5.2f x=%+.4f v=%+.4f\n", float64(i)*dt, x, v)
		}
	}
	fmt.Println("zero crossings:", crossings)
}
