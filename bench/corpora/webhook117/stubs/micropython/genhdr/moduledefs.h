// Hand-written stand-in for the generated genhdr/moduledefs.h: no module registrations are needed here.
