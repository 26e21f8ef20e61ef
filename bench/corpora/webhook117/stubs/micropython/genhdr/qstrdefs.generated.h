// Hand-written stand-in for MicroPython's generated genhdr/qstrdefs.generated.h (made by py/makeqstrdata.py at
// build time). Only the qstrs that extmod/modwebrepl.c and the py/ headers it includes name; hash and length
// fields are placeholders (0), which is enough for -fsyntax-only.
QDEF0(MP_QSTRnull, 0, 0, "")
QDEF0(MP_QSTR_, 0, 0, "")
QDEF0(MP_QSTR___name__, 0, 8, "__name__")
QDEF0(MP_QSTR_close, 0, 5, "close")
QDEF0(MP_QSTR_read, 0, 4, "read")
QDEF0(MP_QSTR_readinto, 0, 8, "readinto")
QDEF0(MP_QSTR_write, 0, 5, "write")
QDEF1(MP_QSTR__webrepl, 0, 8, "_webrepl")
QDEF1(MP_QSTR_password, 0, 8, "password")
QDEF1(MP_QSTR_rb, 0, 2, "rb")
QDEF1(MP_QSTR_wb, 0, 2, "wb")
