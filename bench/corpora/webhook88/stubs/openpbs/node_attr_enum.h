/* Hand-written stand-in for OpenPBS's generated node_attr_enum.h (webhook88 corpus; buildutils/attr_parser.py writes the real
 * one from the attribute definitions XML): no enumerators. */
