// Hand-written, declaration-only stand-in for the header protoc generates from src/rdb_protocol/ql2.proto
// (not generated here). Only the Response::ErrorType enumeration that rdb_protocol/error.hpp names;
// values as in ql2.proto.
#ifndef WEBHOOK78_STUB_QL2_PB_H
#define WEBHOOK78_STUB_QL2_PB_H

enum Response_ErrorType {
    Response_ErrorType_INTERNAL = 1000000,
    Response_ErrorType_RESOURCE_LIMIT = 2000000,
    Response_ErrorType_QUERY_LOGIC = 3000000,
    Response_ErrorType_NON_EXISTENCE = 3100000,
    Response_ErrorType_OP_FAILED = 4100000,
    Response_ErrorType_OP_INDETERMINATE = 4200000,
    Response_ErrorType_USER = 5000000,
    Response_ErrorType_PERMISSION_ERROR = 6000000
};

class Response {
public:
    typedef Response_ErrorType ErrorType;
    static const ErrorType INTERNAL = Response_ErrorType_INTERNAL;
    static const ErrorType RESOURCE_LIMIT = Response_ErrorType_RESOURCE_LIMIT;
    static const ErrorType QUERY_LOGIC = Response_ErrorType_QUERY_LOGIC;
    static const ErrorType NON_EXISTENCE = Response_ErrorType_NON_EXISTENCE;
    static const ErrorType OP_FAILED = Response_ErrorType_OP_FAILED;
    static const ErrorType OP_INDETERMINATE = Response_ErrorType_OP_INDETERMINATE;
    static const ErrorType USER = Response_ErrorType_USER;
    static const ErrorType PERMISSION_ERROR = Response_ErrorType_PERMISSION_ERROR;
};

#endif
