/* Hand-written stand-in for lib/memtypes.h, which the ospf-mdr build generates from lib/memtypes.c (memtypes.awk).
 * Only the memory types that the selected files and their headers name; the numbering is arbitrary. */
#ifndef WEBHOOK82_MEMTYPES_H
#define WEBHOOK82_MEMTYPES_H
enum
{
  MTYPE_TMP = 1,
  MTYPE_ROUTE_TABLE,
  MTYPE_RIP,
  MTYPE_RIP_INFO,
  MTYPE_RIP_DISTANCE,
  MTYPE_OSPF_PACKET,
  MTYPE_OSPF_FIFO,
  MTYPE_OSPF_API_MSG,
  MTYPE_OSPF_API_FIFO,
  MTYPE_OSPF_APISERVER,
  MTYPE_OSPF_APISERVER_MSGFILTER,
  MTYPE_ISIS_ADJACENCY,
  MTYPE_ISIS_TMP,
  MTYPE_KEYCHAIN,
  MTYPE_KEY,
  MTYPE_MAX,
};
#endif
