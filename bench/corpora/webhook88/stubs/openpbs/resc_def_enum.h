/* Hand-written stand-in for OpenPBS's generated resc_def_enum.h (webhook88 corpus; buildutils/attr_parser.py writes
 * the real one from the resource definitions XML): no enumerators, so enum resc_enum holds only RESC_UNKN and
 * RESC_LAST. */
