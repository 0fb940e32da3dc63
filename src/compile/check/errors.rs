//! Type-checking errors as data: each kind of error gc reports, with its operands already
//! spelt, and gc's wording for all of them in one place ([`TypeError`]'s `Display`). The
//! checker reports an error by kind and position; nothing else in it words a message.

use super::*;
use std::fmt;

/// Marks a position inside a message, for a continuation line that names another place in the
/// same file (`\tFILE:LINE:COL: previous case`): the checker knows offsets, the driver turns
/// them into `file:line:col` ([`expand_related`]).
const RELATED: char = '\u{1}';

/// A continuation line of a message: gc's `\n\tFILE:LINE:COL: note` for offset `at`.
pub(super) fn related(at: Pos, note: &str) -> String {
    format!("\n\t{RELATED}{at}{RELATED}: {note}")
}

/// Marks a position inside a line of a message (`declared at ./FILE:LINE:COL`): gc spells a
/// relative file name there with `./`.
const INLINE: &str = "\u{1}./";

/// A position inside a line of a message, expanded like [`related`]'s.
pub(super) fn at(pos: Pos) -> String {
    format!("{INLINE}{RELATED}{pos}{RELATED}")
}

/// Replaces the offsets [`related`] marked in `msg` with `file:line:col`, through `place`. Only
/// a marker, digits and a marker form a mark; any other marker character (from a user's string)
/// is left as it is.
pub fn expand_related(msg: &str, place: &dyn Fn(Pos) -> String) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(start) = rest.find(RELATED) {
        // An inline position: `./` before a relative file name.
        if let Some(inline) = rest[start..].strip_prefix(INLINE) {
            out.push_str(&rest[..start]);
            let expanded = expand_related(inline, place);
            // As the go command passes file names: `./` only before one in this directory.
            let file = expanded.split(':').next().unwrap_or_default();
            let relative = !file.starts_with('/') && !file.starts_with('.') && !file.contains('/');
            if relative {
                out.push_str("./");
            }
            out.push_str(&expanded);
            return out;
        }
        let after = &rest[start + RELATED.len_utf8()..];
        let digits = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        match after[digits..].strip_prefix(RELATED) {
            Some(tail) if digits > 0 => {
                out.push_str(&rest[..start]);
                match after[..digits].parse::<Pos>() {
                    Ok(p) => out.push_str(&place(p)),
                    Err(_) => out.push_str(&after[..digits]),
                }
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..start + RELATED.len_utf8()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// An error the checker reports (continuation lines naming other places are part of the
/// spelt fields, as position markers the driver expands).
// Each variant's fields are the placeholders of the message its doc comment shows.
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeError {
    /// `{word} arguments in call to {fname}{hw}`
    ArgumentCount {
        word: String,
        fname: String,
        hw: String,
    },
    /// `assignment mismatch: {n} variable{n_s} but {values} value{values_s}`
    AssignCount {
        n: String,
        n_s: String,
        values: String,
        values_s: String,
    },
    /// `assignment mismatch: {n} variables but {call} returns {values} value{values_s}`
    AssignCountCall {
        n: String,
        call: String,
        values: String,
        values_s: String,
    },
    /// `assignment mismatch: {n} variable{n_s} but {call} returns {values} value{values_s}`
    AssignCountCallN {
        n: String,
        n_s: String,
        call: String,
        values: String,
        values_s: String,
    },
    /// `assignment mismatch: {n} variables but 1 value`
    AssignCountOne { n: String },
    /// `cannot use _ as value`
    BlankAsValue,
    /// `_` where a type is needed.
    BlankAsValueOrType,
    /// `break is not in a loop, switch, or select`
    BreakOutsideLoop,
    /// `{which} arguments for {call} (expected 1, found {found})`
    BuiltinArgumentCount {
        which: String,
        call: String,
        found: String,
    },
    /// `invalid operation: cannot call non-function {x}`
    CallNonFunction { x: String, t: String },
    /// `cannot assign to {n}`
    CannotAssign { n: String },
    /// `cannot assign to {expr} (neither addressable nor a map index expression)`
    CannotAssignUnaddressable { expr: String },
    /// `cannot convert {d} to type {tyn}`
    CannotConvert { d: String, tyn: String },
    /// A conversion of a type parameter's value, with the term that cannot be converted.
    CannotConvertBecause { d: String, tyn: String, why: String },
    /// `invalid operation: cannot index {x}`
    CannotIndex { x: String },
    /// `cannot slice {x}`
    CannotSlice { x: String },
    /// `cannot use {d} as {ty} value in {ctx}`
    CannotUse { d: String, ty: String, ctx: String },
    /// `cannot use {d} as {ty} value{what} (overflows)`
    CannotUseOverflows { d: String, ty: String, what: String },
    /// `cannot use {d} as {t} value (overflows)`
    CannotUseOverflowsBare { d: String, t: String },
    /// `cannot use {x} (value of type {have}) as {want} value in argument to {fname}`
    CannotUseTupleArgument {
        x: String,
        have: String,
        want: String,
        fname: String,
    },
    /// `cannot use {t} value as {d} value in {ctx}`
    CannotUseValue { t: String, d: String, ctx: String },
    /// `cannot use {t} value as {lt} value in assignment`
    CannotUseValueInAssignment { t: String, lt: String },
    /// `initialization cycle or invalid recursive constant`
    ConstantCycle,
    /// `{text} (constant {i} of type {name}) overflows {name}`
    ConstantExprOverflows {
        text: String,
        i: String,
        name: String,
    },
    /// `constant {i} overflows {name}`
    ConstantOverflows { i: String, name: String },
    /// `continue is not in a loop`
    ContinueOutsideLoop,
    /// `{which} arguments in conversion to {ty}`
    ConversionArgumentCount { which: String, ty: String },
    /// `cannot declare in post statement of for loop`
    DeclareInPost,
    /// `declared and not used: {name}`
    DeclaredAndNotUsed { name: String },
    /// `invalid operation: division by zero`
    DivisionByZero,
    /// `duplicate case {x} in expression switch{prev}` (`x` described: `1 (constant of type int)`)
    DuplicateCase { x: String, prev: String },
    /// `extra init expr`
    ExtraInitExpr,
    /// `cannot fallthrough final case in switch`
    FallthroughFinalCase,
    /// `fallthrough statement out of place`
    FallthroughOutOfPlace,
    /// `{path:?} imported and not used`
    ImportedAndNotUsed { path: String },
    /// `invalid argument: index {x} must not be negative`
    IndexNegative { x: String },
    /// `invalid argument: index {x} must be integer`
    IndexNotInteger { x: String },
    /// `invalid argument: index {x} out of bounds [0:{n}]`
    IndexOutOfBounds { x: String, n: String },
    /// `cannot declare init - must be func`
    InitNotFunc,
    /// `wrong argument count for intrinsic {text}`
    IntrinsicArgumentCount { text: String },
    /// `cannot use {nth} function result (value of type {t}) as {lt} value in multiple
    /// assignment`
    CannotUseResult { nth: String, t: String, lt: String },
    /// `invalid case {x} in switch on {tag} ({why})`
    InvalidCaseCompare { x: String, tag: String, why: String },
    /// `invalid syntax tree: use of .(type) outside type switch`
    TypeOutsideSwitch,
    /// `methods must have a unique non-blank name`
    BlankMethod,
    /// `embedded field type cannot be a pointer to an interface`
    EmbeddedPointerToInterface,
    /// `invalid case {x} in switch (mismatched types {ty} and bool)`
    InvalidCaseNotBool { x: String, ty: String },
    /// `invalid continue label {l}`
    InvalidContinueLabel { l: String },
    /// `invalid {kind} label {l}`
    InvalidLabel { kind: String, l: String },
    /// `invalid argument: {x} for len`
    InvalidLenArgument { x: String },
    /// `invalid shift count {x}`
    InvalidShiftCount { x: String },
    /// `invalid slice indices: {b} < {a}`
    InvalidSliceIndices { b: String, a: String },
    /// `cannot use iota outside constant declaration`
    IotaOutsideConst,
    /// `{kind} label not defined: {l}`
    LabelNotDefined { kind: String, l: String },
    /// `label {label} defined and not used`
    LabelNotUsed { label: String },
    /// `label {l} already defined`
    LabelRedefined { l: String, at: String },
    /// `func {name} must have no arguments and no return values`
    MainSignature { name: String },
    /// `function main is undeclared in the main package`
    MainUndeclared,
    /// `invalid operation: {text} (mismatched types {first} and {second})`
    MismatchedTypes {
        text: String,
        first: String,
        second: String,
    },
    /// `missing function body`
    MissingFunctionBody,
    /// `missing init expr for const declaration`
    MissingInitExpr,
    /// `missing return`
    MissingReturn,
    /// `multiple defaults in switch`
    MultipleDefaults,
    /// `multiple-value {x} (value of type {t}) in single-value context`
    MultipleValueInSingleContext { x: String, t: String },
    /// `invalid operation: negative shift count {x}`
    NegativeShiftCount { x: String },
    /// `{x}.{name} undefined (type {ty} is pointer to type parameter, not type parameter)`
    PtrToTypeParamSelector { x: String, name: String, ty: String },
    /// `{x}.{name} undefined (type {ty} has no field or method {name})`
    NoFieldOrMethod {
        x: String,
        name: String,
        ty: String,
        hint: String,
    },
    /// `no new variables on left side of :=`
    NoNewVariables,
    /// `{x} (no value) used as value`
    NoValueUsed { x: String },
    /// `non-boolean condition in {what}`
    NonBooleanCondition { what: String },
    /// `{b} is not a function`
    NotAFunction { b: String },
    /// `{n} is not a type`
    NotAType { n: String },
    /// `{n} is not a generic type`
    NotGenericType { n: String },
    /// A generic function value whose type parameters its context does not give.
    CannotInferHere { name: String, at: String },
    /// `in call to {fname}, cannot infer {name} (declared at {at})`
    CannotInfer {
        fname: String,
        name: String,
        at: String,
    },
    /// `{t} does not satisfy {c} ({why})`, or without a reason when there is none to give
    DoesNotSatisfy { t: String, c: String, why: String },
    /// `in call to {fname}, {tp} (type {t}) does not satisfy {c} ({why})`
    DoesNotSatisfyInCall {
        fname: String,
        tp: String,
        t: String,
        c: String,
        why: String,
    },
    /// `instantiation cycle`
    InstantiationCycle,
    /// `cannot use generic type {t} without instantiation`
    GenericTypeWithoutInstantiation { t: String },
    /// `not enough type arguments for type {t}: have {have}, want {want}` (or `too many`)
    TypeArgumentCountOfType {
        word: &'static str,
        t: String,
        have: usize,
        want: usize,
    },
    /// `cannot use generic function {name} without instantiation`
    GenericWithoutInstantiation { name: String },
    /// `got {have} type arguments but want {want}`
    TypeArgumentCount { have: usize, want: usize },
    /// `in call to {fname}, type {t} of {x} does not match inferred type {inferred} for {tp}`
    InferMismatch {
        fname: String,
        t: String,
        x: String,
        inferred: String,
        tp: String,
    },
    /// `in call to {fname}, type {t} of {x} does not match {p} (cannot infer {tps})`
    InferShapeMismatch {
        fname: String,
        t: String,
        x: String,
        p: String,
        tps: String,
    },
    /// `in call to {fname}, mismatched types {a} and {b} (cannot infer {tp})`
    InferUntypedMismatch {
        fname: String,
        a: String,
        b: String,
        tp: String,
    },
    /// `cannot use type {t} outside a type constraint: interface {why}`
    ConstraintOutside { t: String, why: String },
    /// `invalid use of ~ (underlying type of {t} is {u})`
    InvalidTilde { t: String, u: String },
    /// `~I` of an interface.
    TildeInterface { t: String },
    /// `~T` of a type parameter.
    TildeTypeParam { term: String },
    /// Package variables whose initializers refer to each other through functions.
    InitCycle { name: String, notes: String },
    /// A method declared on a generic alias.
    MethodOnGenericAlias { t: String },
    /// A generic alias whose type is one of its type parameters.
    AliasRhsTypeParam,
    /// A method declared on an instance of a generic type (through an alias).
    MethodOnInstance { t: String },
    /// `type G[T any] T`.
    TypeParamRhs,
    /// A type parameter as an embedded field.
    EmbeddedTypeParam,
    /// A type parameter as a union term.
    TermTypeParam,
    /// A type parameter as a constraint.
    TypeParamConstraint,
    /// `comparable` in a union.
    ComparableInUnion,
    /// An interface with methods (or `comparable`) in a union.
    InterfaceInUnion { t: String, why: String },
    /// Union terms with types in common.
    OverlappingTerms { a: String, b: String },
    /// `type {t} larger than address space`
    TypeTooLarge { t: String },
    /// gc's linker: `{name}: symbol too large ({size} bytes > 2000000000 bytes)`
    SymbolTooLarge { name: String, size: String },
    /// `{x} is not an expression`
    NotAnExpression { x: String },
    /// `{x} is not constant`
    NotConstant { x: String },
    /// `not enough arguments in call to {fname}{hw}`
    NotEnoughArguments { fname: String, hw: String },
    /// `not enough return values{hw}`
    NotEnoughReturnValues { hw: String },
    /// `package {name} is not a main package`
    NotMainPackage { name: String },
    /// `{x} is not used`
    NotUsed { x: String },
    /// `invalid operation: operator {op} not defined on {x}`
    OperatorNotDefined { op: String, x: String },
    /// `invalid operation: {text} ({why})`
    InvalidOperationBecause { text: String, why: String },
    /// `{name} redeclared in this block`
    Redeclared { name: String },
    /// `{name} redeclared in this block{other}`
    RedeclaredWith { name: String, other: String },
    /// `{n} repeated on left side of :=`
    RepeatedOnLeft { n: String },
    /// `{msg}{hw}`
    ReturnCount { msg: String, hw: String },
    /// `{word} return values{hw}`
    ReturnValues { word: String, hw: String },
    /// `invalid operation: shift count {x} must be integer`
    ShiftCountNotInteger { x: String },
    /// `cannot use {v} (untyped int constant) as {t} value (overflows)`
    ShiftOverflows { v: String, t: String },
    /// `cannot use {v} as {ty} value in {ctx} (overflows)`
    ShiftOverflowsIn { v: String, ty: String, ctx: String },
    /// `invalid operation: shifted operand {x} must be integer`
    ShiftedNotInteger { x: String },
    /// `invalid operation: {text} (slice can only be compared to nil)`
    SliceCompared { text: String },
    /// `cannot use ~ outside of interface or type constraint`
    TildeOutsideConstraint,
    /// `invalid operation: {what} {x}`
    UnaryNotDefined { what: String, x: String },
    /// `undefined: {n}`
    Undefined { n: String },
    /// `undefined: {qualified}{hint}`
    UndefinedMember { qualified: String, hint: String },
    /// `undefined: {path}.{name}`
    UndefinedQualified { path: String, name: String },
    /// `{x} (value of type {ty}) is not used`
    ValueNotUsed { x: String, ty: String },
    /// An operand (as gc describes it) standing as a statement.
    DescribedNotUsed { d: String },
    /// `initialization cycle: {name} refers to itself`
    VariableCycle { name: String },
    /// `use of package {path} not in selector`
    PackageNotInSelector { path: String },
    /// `{name} (built-in) must be called`
    BuiltinNotCalled { name: String },
    /// `cannot use {nth} function result (value of type {t}) as {d} value in multiple assignment`
    ResultNotAssignable { nth: String, t: String, d: String },
    /// `result parameter {name} not in scope at return{inner}`
    ResultNotInScope { name: String, inner: String },
    /// `cannot use ... in call to non-variadic {name}`
    DotsNonVariadic { name: String },
    /// `invalid operation: invalid use of ... with built-in {name}`
    DotsBuiltin { name: String },
    /// `invalid use of ... in conversion to {ty}`
    DotsConversion { ty: String },
    /// `invalid break label {l}`
    InvalidBreakLabel { l: String },
    /// `invalid recursive type: {name} refers to itself`
    RecursiveTypeSelf { name: String },
    /// `invalid recursive type {name}{notes}`
    RecursiveType { name: String, notes: String },
    /// Something memrun parses but does not compile yet (`what` is plural or singular).
    Unsupported {
        /// The construct (`maps`, `defer`, `os.Getenv`).
        what: String,
    },
    /// An import of a package memrun has no library for.
    UnsupportedPackage {
        /// Its import path.
        path: String,
    },
    /// gc: InvalidArrayLength.
    InvalidArrayLength { x: String },
    /// gc: ArrayLengthNotInteger.
    ArrayLengthNotInteger { x: String },
    /// gc: DotsArrayOutsideLiteral.
    DotsArrayOutsideLiteral,
    /// gc: EmbeddedPointer.
    EmbeddedPointer,
    /// gc: FieldRedeclared.
    FieldRedeclared { name: String, other: String },
    /// gc: TooManyStructValues.
    TooManyStructValues { ty: String },
    /// gc: TooFewStructValues.
    TooFewStructValues { ty: String },
    /// gc: MixedStructLiteral.
    MixedStructLiteral,
    /// gc: UnknownField.
    UnknownField { name: String, ty: String },
    /// gc: DuplicateField.
    DuplicateField { name: String },
    /// `{name} declared and not used` (a type switch's symbol).
    TypeSwitchVarUnused { name: String },
    /// `duplicate case {t} in type switch` and where the other one is.
    DuplicateTypeCase { t: String, prev: String },
    /// `cannot fallthrough in type switch`
    FallthroughTypeSwitch,
    /// `duplicate method {name}` and where the other one is.
    DuplicateMethod { name: String, prev: String },
    /// `invalid operation: {x} is not an interface`
    NotAnInterface { x: String },
    /// An inferred type argument not matching its constraint's core type.
    CoreMismatchInCall {
        fname: String,
        tp: String,
        t: String,
        c: String,
    },
    /// A type assertion on a type parameter's value.
    AssertOnTypeParam { x: String },
    /// A type switch on a type parameter's value.
    SwitchOnTypeParam { x: String },
    /// A generic function declared without a body.
    GenericMissingBody,
    /// `{x} undefined (type {ty} is pointer to interface, not interface)`
    PointerToInterface { x: String, ty: String },
    /// `{x} is not an interface` (a type switch's operand)
    SwitchNotInterface { x: String },
    /// `impossible type assertion: {x}.({t})` and why.
    ImpossibleAssertion {
        x: String,
        t: String,
        reason: String,
    },
    /// `impossible type switch case: {t}` and why.
    ImpossibleCase {
        t: String,
        x: String,
        dynamic: String,
    },
    /// gc: InvalidFieldName.
    InvalidFieldName { x: String },
    /// gc: LiteralIndexTooLarge.
    LiteralIndexTooLarge { i: String, n: String },
    /// gc: DuplicateIndex.
    DuplicateIndex { i: String },
    /// gc: IndexMustBeConstant.
    IndexMustBeConstant { x: String },
    /// gc: CannotTakeAddress.
    CannotTakeAddress { x: String },
    /// gc: CannotIndirect.
    CannotIndirect { x: String },
    /// gc: OperatorNotDefinedIn.
    OperatorNotDefinedIn { text: String, op: String, x: String },
    /// gc: InvalidCompositeType.
    InvalidCompositeType { ty: String },
    /// gc: MissingLiteralType.
    MissingLiteralType,
    /// gc: MissingMakeLen.
    /// gc: MakeArgCount.
    MakeArgCount { call: String, n: usize },
    /// gc: MakeLenLargerThanCap.
    MakeLenLargerThanCap,
    /// gc: CannotMake.
    CannotMake { ty: String },
    /// gc: NotASlice.
    NotASlice { what: String, x: String },
    /// gc: CopyMismatch.
    CopyMismatch { text: String, a: String, b: String },
    /// gc: InvalidCapArgument.
    InvalidCapArgument { x: String },
    /// gc: NotAnExpressionType.
    NotAnExpressionType { x: String },
    /// gc: BuiltinCount.
    BuiltinCount {
        which: String,
        call: String,
        expected: usize,
        found: usize,
    },
    /// gc: NotASliceArg.
    NotASliceArg { what: String, x: String },
    /// gc: CannotBeOrdered.
    CannotBeOrdered { x: String },
    /// gc: MismatchedArgTypes.
    MismatchedArgTypes { prev: String, t: String, x: String },
    /// gc: CannotClear.
    CannotClear { x: String },
    /// gc: NotComparableStruct.
    CannotBeCompared { text: String, why: String },
    /// gc: NonLocalReceiver.
    NonLocalReceiver { n: String },
    /// gc: InvalidReceiver.
    InvalidReceiver { t: String },
    /// gc: InvalidReceiverKind.
    InvalidReceiverKind { t: String },
    /// gc: MethodRedeclared.
    MethodRedeclared { t: String, m: String, at: String },
    /// gc: FieldAndMethod.
    FieldAndMethod { name: String, other: String },
    /// gc: PointerMethodOnValue.
    PointerMethodOnValue { m: String, t: String },
    /// gc: NonNameOnLeft.
    NonNameOnLeft { x: String },
    /// gc: DotsNotLast.
    DotsNotLast,
    /// gc: NoMethod.
    NoMethod { x: String, name: String, ty: String },
    /// gc: DeferDiscards.
    DeferDiscards { what: String, x: String },
    /// `invalid operation: cannot {op} {x}` (a channel operation on the wrong operand: `send
    /// to non-channel int x (…)`, `close receive-only channel r (…)`).
    ChanOp { op: String, x: String },
    /// `range over {x} permits only one iteration variable`
    RangeChanOneVar { x: String },
    /// `cannot range over {x}: receive from send-only channel {t}`
    RangeSendOnly { x: String, t: String },
    /// `select case must be send or receive (possibly with assignment)`
    SelectCaseNotComm,
    /// `multiple defaults (first at {first})`
    SelectMultipleDefaults { first: String },

    /// gc: DeferNotCall.
    DeferNotCall { what: String },
    /// gc: DeferConversion.
    DeferConversion { what: String, x: String },
    /// gc: DuplicateMapKey.
    DuplicateMapKey { k: String },
    /// gc: MissingMapKey.
    MissingMapKey,
    /// gc: InvalidMapKey.
    InvalidMapKey { t: String },
    /// gc: NotAMap.
    NotAMap { x: String },
    /// gc: AssignStructFieldInMap.
    AssignStructFieldInMap { x: String },
    /// gc: MakeMapArgCount.
    MakeMapArgCount { call: String, n: usize },
    /// gc: AmbiguousSelector.
    AmbiguousSelector { x: String },
    /// gc: FieldSelectorOnType.
    FieldSelectorOnType { name: String, t: String },
    /// gc: CannotUseTruncated.
    CannotUseTruncated { d: String, ty: String, what: String },
    /// gc: TruncatedToInt.
    TruncatedToInt { x: String },
    /// gc: UntypedNilUse.
    UntypedNilUse { ctx: String },
    /// gc: GotoLabelNotDefined.
    GotoLabelNotDefined { l: String },
    /// gc: GotoIntoBlock.
    GotoIntoBlock { l: String, at: String },
    /// gc: GotoOverDecl.
    GotoOverDecl { l: String, x: String, at: String },
    /// gc: RangeTooManyVars.
    RangeTooManyVars { x: String, n: usize },
    /// gc: CannotRangeFunc.
    CannotRangeFunc { x: String, why: String },
    /// gc: CannotRange.
    CannotRange { x: String },
    /// An operation on a type parameter's value whose type set has no one underlying type.
    NoCommonUnder {
        op: super::typeset::SetOp,
        x: String,
        why: String,
    },
    /// `append` or `copy` of a type parameter's value whose slices differ in element type.
    MismatchedSliceElems {
        op: &'static str,
        a: String,
        b: String,
        x: String,
    },
    /// `*p` of a type parameter's value whose pointers differ in base type.
    DerefBases { x: String },
    /// `delete` on a type parameter's value whose maps differ in key type.
    DeleteKeys { x: String },
    /// `p.M` where `p` points to a type parameter's value.
    PointerToTypeParam { sel: String, ty: String },
    /// A constant declared of a type parameter's type.
    InvalidConstType { ty: String },
    /// gc: RangeOneVariable.
    RangeOneVariable { x: String },
    /// gc: SliceUnaddressable.
    SliceUnaddressable { x: String },
    /// gc: Unaddressable3Index.
    Unaddressable3Index { x: String },
    /// gc: MissingIndex3.
    MissingIndex3,
}

impl TypeError {
    /// True for "memrun: … is not supported yet": the program may be valid Go.
    pub fn is_unsupported(&self) -> bool {
        matches!(
            self,
            TypeError::Unsupported { .. } | TypeError::UnsupportedPackage { .. }
        )
    }
}

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeError::ArgumentCount { word, fname, hw } => write!(f, "{word} arguments in call to {fname}{hw}"),
            TypeError::AssignCount { n, n_s, values, values_s } => write!(f, "assignment mismatch: {n} variable{n_s} but {values} value{values_s}"),
            TypeError::AssignCountCall { n, call, values, values_s } => write!(f, "assignment mismatch: {n} variables but {call} returns {values} value{values_s}"),
            TypeError::AssignCountCallN { n, n_s, call, values, values_s } => write!(f, "assignment mismatch: {n} variable{n_s} but {call} returns {values} value{values_s}"),
            TypeError::AssignCountOne { n } => write!(f, "assignment mismatch: {n} variables but 1 value"),
            TypeError::BlankAsValue => f.write_str("cannot use _ as value"),
            TypeError::BlankAsValueOrType => f.write_str("cannot use _ as value or type"),
            TypeError::BreakOutsideLoop => f.write_str("break is not in a loop, switch, or select"),
            TypeError::BuiltinArgumentCount { which, call, found } => write!(f, "{which} arguments for {call} (expected 1, found {found})"),
            TypeError::CallNonFunction { x, t } => write!(f, "invalid operation: cannot call {x}: {t} is not a function"),
            TypeError::CannotAssign { n } => write!(f, "cannot assign to {n}"),
            TypeError::CannotAssignUnaddressable { expr } => write!(f, "cannot assign to {expr} (neither addressable nor a map index expression)"),
            TypeError::CannotConvert { d, tyn } => write!(f, "cannot convert {d} to type {tyn}"),
            TypeError::CannotConvertBecause { d, tyn, why } => write!(f, "cannot convert {d} to type {tyn}: {why}"),
            TypeError::CannotIndex { x } => write!(f, "cannot index {x}"),
            TypeError::CannotSlice { x } => write!(f, "cannot slice {x}"),
            TypeError::CannotUse { d, ty, ctx } => write!(f, "cannot use {d} as {ty} value in {ctx}"),
            TypeError::CannotUseOverflows { d, ty, what } => write!(f, "cannot use {d} as {ty} value{what} (overflows)"),
            TypeError::CannotUseOverflowsBare { d, t } => write!(f, "cannot use {d} as {t} value (overflows)"),
            TypeError::CannotUseTupleArgument { x, have, want, fname } => write!(f, "cannot use {x} (value of type {have}) as {want} value in argument to {fname}"),
            TypeError::CannotUseValue { t, d, ctx } => write!(f, "cannot use {t} value as {d} value in {ctx}"),
            TypeError::CannotUseValueInAssignment { t, lt } => write!(f, "cannot use {t} value as {lt} value in assignment"),
            TypeError::ConstantCycle => f.write_str("initialization cycle or invalid recursive constant"),
            TypeError::ConstantExprOverflows { text, i, name } => write!(f, "{text} (constant {i} of type {name}) overflows {name}"),
            TypeError::ConstantOverflows { i, name } => write!(f, "constant {i} overflows {name}"),
            TypeError::ContinueOutsideLoop => f.write_str("continue is not in a loop"),
            TypeError::ConversionArgumentCount { which, ty } => write!(f, "{which} arguments in conversion to {ty}"),
            TypeError::DeclareInPost => f.write_str("cannot declare in post statement of for loop"),
            TypeError::DeclaredAndNotUsed { name } => write!(f, "declared and not used: {name}"),
            TypeError::DivisionByZero => f.write_str("invalid operation: division by zero"),
            TypeError::DuplicateCase { x, prev } => {
                write!(f, "duplicate case {x} in expression switch{prev}")
            }
            TypeError::ExtraInitExpr => f.write_str("extra init expr"),
            TypeError::FallthroughFinalCase => f.write_str("cannot fallthrough final case in switch"),
            TypeError::FallthroughOutOfPlace => f.write_str("fallthrough statement out of place"),
            TypeError::ImportedAndNotUsed { path } => write!(f, "{path:?} imported and not used"),
            TypeError::IndexNegative { x } => write!(f, "invalid argument: index {x} must not be negative"),
            TypeError::IndexNotInteger { x } => write!(f, "invalid argument: index {x} must be integer"),
            TypeError::IndexOutOfBounds { x, n } => write!(f, "invalid argument: index {x} out of bounds [0:{n}]"),
            TypeError::InitNotFunc => f.write_str("cannot declare init - must be func"),
            TypeError::IntrinsicArgumentCount { text } => write!(f, "wrong argument count for intrinsic {text}"),
            TypeError::CannotUseResult { nth, t, lt } => write!(f, "cannot use {nth} function result (value of type {t}) as {lt} value in multiple assignment"),
            TypeError::InvalidCaseCompare { x, tag, why } => write!(f, "invalid case {x} in switch on {tag} ({why})"),
            TypeError::TypeOutsideSwitch => f.write_str("invalid syntax tree: use of .(type) outside type switch"),
            TypeError::BlankMethod => f.write_str("methods must have a unique non-blank name"),
            TypeError::EmbeddedPointerToInterface => f.write_str("embedded field type cannot be a pointer to an interface"),
            TypeError::InvalidCaseNotBool { x, ty } => write!(f, "invalid case {x} in switch (mismatched types {ty} and bool)"),
            TypeError::InvalidContinueLabel { l } => write!(f, "invalid continue label {l}"),
            TypeError::InvalidLabel { kind, l } => write!(f, "invalid {kind} label {l}"),
            TypeError::InvalidLenArgument { x } => write!(f, "invalid argument: {x} for built-in len"),
            TypeError::InvalidShiftCount { x } => write!(f, "invalid shift count {x}"),
            TypeError::InvalidSliceIndices { b, a } => write!(f, "invalid slice indices: {b} < {a}"),
            TypeError::IotaOutsideConst => f.write_str("cannot use iota outside constant declaration"),
            TypeError::LabelNotDefined { kind, l } => write!(f, "{kind} label not defined: {l}"),
            TypeError::LabelNotUsed { label } => write!(f, "label {label} defined and not used"),
            TypeError::LabelRedefined { l, at } => write!(f, "label {l} already defined at {at}"),
            TypeError::MainSignature { name } => write!(f, "func {name} must have no arguments and no return values"),
            TypeError::MainUndeclared => f.write_str("function main is undeclared in the main package"),
            TypeError::MismatchedTypes { text, first, second } => write!(f, "invalid operation: {text} (mismatched types {first} and {second})"),
            TypeError::MissingFunctionBody => f.write_str("missing function body"),
            TypeError::MissingInitExpr => f.write_str("missing init expr for const declaration"),
            TypeError::MissingReturn => f.write_str("missing return"),
            TypeError::MultipleDefaults => f.write_str("multiple defaults in switch"),
            TypeError::MultipleValueInSingleContext { x, t } => write!(f, "multiple-value {x} (value of type {t}) in single-value context"),
            TypeError::NegativeShiftCount { x } => write!(f, "invalid operation: negative shift count {x}"),
            TypeError::NoFieldOrMethod { x, name, ty, hint } => write!(f, "{x}.{name} undefined (type {ty} has no field or method {name}{hint})"),
            TypeError::PtrToTypeParamSelector { x, name, ty } => write!(f, "{x}.{name} undefined (type {ty} is pointer to type parameter, not type parameter)"),
            TypeError::NoNewVariables => f.write_str("no new variables on left side of :="),
            TypeError::NoValueUsed { x } => write!(f, "{x} (no value) used as value"),
            TypeError::NonBooleanCondition { what } => write!(f, "non-boolean condition in {what}"),
            TypeError::NotAFunction { b } => write!(f, "{b} is not a function"),
            TypeError::NotAType { n } => write!(f, "{n} is not a type"),
            TypeError::NotGenericType { n } => write!(f, "{n} is not a generic type"),
            TypeError::CannotInferHere { name, at } => write!(f, "cannot infer {name} (declared at {at})"),
            TypeError::CannotInfer { fname, name, at } => {
                write!(f, "in call to {fname}, cannot infer {name} (declared at {at})")
            }
            TypeError::DoesNotSatisfy { t, c, why } if why.is_empty() => {
                write!(f, "{t} does not satisfy {c}")
            }
            TypeError::DoesNotSatisfy { t, c, why } => {
                write!(f, "{t} does not satisfy {c} ({why})")
            }
            TypeError::DoesNotSatisfyInCall {
                fname,
                tp,
                t,
                c,
                why,
            } => write!(
                f,
                "in call to {fname}, {tp} (type {t}) does not satisfy {c} ({why})"
            ),
            TypeError::InstantiationCycle => write!(f, "instantiation cycle"),
            TypeError::GenericTypeWithoutInstantiation { t } => {
                write!(f, "cannot use generic type {t} without instantiation")
            }
            TypeError::TypeArgumentCountOfType {
                word,
                t,
                have,
                want,
            } => write!(
                f,
                "{word} type arguments for type {t}: have {have}, want {want}"
            ),
            TypeError::GenericWithoutInstantiation { name } => {
                write!(f, "cannot use generic function {name} without instantiation")
            }
            TypeError::TypeArgumentCount { have, want } => {
                write!(f, "got {have} type arguments but want {want}")
            }
            TypeError::InferMismatch {
                fname,
                t,
                x,
                inferred,
                tp,
            } => write!(
                f,
                "in call to {fname}, type {t} of {x} does not match inferred type {inferred} for {tp}"
            ),
            TypeError::InferShapeMismatch {
                fname,
                t,
                x,
                p,
                tps,
            } => write!(
                f,
                "in call to {fname}, type {t} of {x} does not match {p} (cannot infer {tps})"
            ),
            TypeError::InferUntypedMismatch { fname, a, b, tp } => write!(
                f,
                "in call to {fname}, mismatched types {a} and {b} (cannot infer {tp})"
            ),
            TypeError::ConstraintOutside { t, why } => write!(
                f,
                "cannot use type {t} outside a type constraint: interface {why}"
            ),
            TypeError::TildeInterface { t } => write!(f, "invalid use of ~ ({t} is an interface)"),
            TypeError::TildeTypeParam { term } => write!(f, "type in term {term} cannot be a type parameter"),
            TypeError::EmbeddedTypeParam => f.write_str("embedded field type cannot be a (pointer to a) type parameter"),
            TypeError::InitCycle { name, notes } => write!(f, "initialization cycle for {name}{notes}"),
            TypeError::MethodOnGenericAlias { t } => write!(f, "cannot define new methods on generic alias type {t}"),
            TypeError::AliasRhsTypeParam => f.write_str("cannot use type parameter declared in alias declaration as RHS"),
            TypeError::MethodOnInstance { t } => write!(f, "cannot define new methods on instantiated type {t}"),
            TypeError::TypeParamRhs => f.write_str("cannot use a type parameter as RHS in type declaration"),
            TypeError::TermTypeParam => f.write_str("term cannot be a type parameter"),
            TypeError::TypeParamConstraint => f.write_str("cannot use a type parameter as constraint"),
            TypeError::ComparableInUnion => f.write_str("cannot use comparable in union"),
            TypeError::InterfaceInUnion { t, why } => write!(f, "cannot use {t} in union ({why})"),
            TypeError::OverlappingTerms { a, b } => write!(f, "overlapping terms {a} and {b}"),
            TypeError::InvalidTilde { t, u } => {
                write!(f, "invalid use of ~ (underlying type of {t} is {u})")
            }
            TypeError::TypeTooLarge { t } => write!(f, "type {t} larger than address space"),
            TypeError::SymbolTooLarge { name, size } => {
                write!(f, "{name}: symbol too large ({size} bytes > 2000000000 bytes)")
            }
            TypeError::NotAnExpression { x } => write!(f, "{x} is not an expression"),
            TypeError::DescribedNotUsed { d } => write!(f, "{d} is not used"),
            TypeError::NotConstant { x } => write!(f, "{x} is not constant"),
            TypeError::NotEnoughArguments { fname, hw } => write!(f, "not enough arguments in call to {fname}{hw}"),
            TypeError::NotEnoughReturnValues { hw } => write!(f, "not enough return values{hw}"),
            TypeError::NotMainPackage { name } => write!(f, "package {name} is not a main package"),
            TypeError::NotUsed { x } => write!(f, "{x} is not used"),
            TypeError::OperatorNotDefined { op, x } => write!(f, "invalid operation: operator {op} not defined on {x}"),
            TypeError::InvalidOperationBecause { text, why } => {
                write!(f, "invalid operation: {text} ({why})")
            }
            TypeError::Redeclared { name } => write!(f, "{name} redeclared in this block"),
            TypeError::RedeclaredWith { name, other } => write!(f, "{name} redeclared in this block{other}"),
            TypeError::RepeatedOnLeft { n } => write!(f, "{n} repeated on left side of :="),
            TypeError::ReturnCount { msg, hw } => write!(f, "{msg}{hw}"),
            TypeError::ReturnValues { word, hw } => write!(f, "{word} return values{hw}"),
            TypeError::ShiftCountNotInteger { x } => write!(f, "invalid operation: shift count {x} must be integer"),
            TypeError::ShiftOverflows { v, t } => write!(f, "cannot use {v} (untyped int constant) as {t} value (overflows)"),
            TypeError::ShiftOverflowsIn { v, ty, ctx } => write!(f, "cannot use {v} as {ty} value in {ctx} (overflows)"),
            TypeError::ShiftedNotInteger { x } => write!(f, "invalid operation: shifted operand {x} must be integer"),
            TypeError::SliceCompared { text } => write!(f, "invalid operation: {text} (slice can only be compared to nil)"),
            TypeError::TildeOutsideConstraint => f.write_str("cannot use ~ outside of interface or type constraint"),
            TypeError::UnaryNotDefined { what, x } => write!(f, "invalid operation: {what} {x}"),
            TypeError::Undefined { n } => write!(f, "undefined: {n}"),
            TypeError::UndefinedMember { qualified, hint } => write!(f, "undefined: {qualified}{hint}"),
            TypeError::UndefinedQualified { path, name } => write!(f, "undefined: {path}.{name}"),
            TypeError::ValueNotUsed { x, ty } => write!(f, "{x} (value of type {ty}) is not used"),
            TypeError::VariableCycle { name } => write!(f, "initialization cycle: {name} refers to itself"),
            TypeError::PackageNotInSelector { path } => {
                write!(f, "use of package {path} not in selector")
            }
            TypeError::BuiltinNotCalled { name } => write!(f, "{name} (built-in) must be called"),
            TypeError::ResultNotAssignable { nth, t, d } => write!(
                f,
                "cannot use {nth} function result (value of type {t}) as {d} value in multiple assignment"
            ),
            TypeError::ResultNotInScope { name, inner } => {
                write!(f, "result parameter {name} not in scope at return{inner}")
            }
            TypeError::DotsNonVariadic { name } => {
                write!(f, "cannot use ... in call to non-variadic {name}")
            }
            TypeError::DotsBuiltin { name } => {
                write!(f, "invalid operation: invalid use of ... with built-in {name}")
            }
            TypeError::DotsConversion { ty } => write!(f, "invalid use of ... in conversion to {ty}"),
            TypeError::InvalidBreakLabel { l } => write!(f, "invalid break label {l}"),
            TypeError::RecursiveTypeSelf { name } => {
                write!(f, "invalid recursive type: {name} refers to itself")
            }
            TypeError::RecursiveType { name, notes } => {
                write!(f, "invalid recursive type {name}{notes}")
            }
            TypeError::InvalidArrayLength { x } => write!(f, "invalid array length {x}"),
            TypeError::ArrayLengthNotInteger { x } => write!(f, "array length {x} must be integer"),
            TypeError::DotsArrayOutsideLiteral => f.write_str("invalid use of [...] array (outside a composite literal)"),
            TypeError::EmbeddedPointer => f.write_str("embedded field type cannot be a pointer"),
            TypeError::FieldRedeclared { name, other } => write!(f, "{name} redeclared{other}"),
            TypeError::TooManyStructValues { ty } => write!(f, "too many values in struct literal of type {ty}"),
            TypeError::TooFewStructValues { ty } => write!(f, "too few values in struct literal of type {ty}"),
            TypeError::MixedStructLiteral => f.write_str("mixture of field:value and value elements in struct literal"),
            TypeError::UnknownField { name, ty } => write!(f, "unknown field {name} in struct literal of type {ty}"),
            TypeError::DuplicateField { name } => write!(f, "duplicate field name {name} in struct literal"),
            TypeError::DuplicateMethod { name, prev } => write!(f, "duplicate method {name}{prev}"),
            TypeError::TypeSwitchVarUnused { name } => write!(f, "{name} declared and not used"),
            TypeError::DuplicateTypeCase { t, prev } => write!(f, "duplicate case {t} in type switch{prev}"),
            TypeError::FallthroughTypeSwitch => f.write_str("cannot fallthrough in type switch"),
            TypeError::NotAnInterface { x } => write!(f, "invalid operation: {x} is not an interface"),
            TypeError::CoreMismatchInCall { fname, tp, t, c } => write!(f, "in call to {fname}, {tp} (type {t}) does not satisfy {c}"),
            TypeError::AssertOnTypeParam { x } => write!(f, "invalid operation: cannot use type assertion on type parameter value {x}"),
            TypeError::SwitchOnTypeParam { x } => write!(f, "cannot use type switch on type parameter value {x}"),
            TypeError::GenericMissingBody => f.write_str("generic function is missing function body"),
            TypeError::PointerToInterface { x, ty } => write!(f, "{x} undefined (type {ty} is pointer to interface, not interface)"),
            TypeError::SwitchNotInterface { x } => write!(f, "{x} is not an interface"),
            TypeError::ImpossibleAssertion { x, t, reason } => write!(f, "impossible type assertion: {x}.({t})\n\t{reason}"),
            TypeError::ImpossibleCase { t, x, dynamic } => write!(f, "impossible type switch case: {t}\n\t{x} cannot have dynamic type {dynamic}"),
            TypeError::InvalidFieldName { x } => write!(f, "invalid field name {x} in struct literal"),
            TypeError::LiteralIndexTooLarge { i, n } => write!(f, "index {i} is out of bounds (>= {n})"),
            TypeError::DuplicateIndex { i } => write!(f, "duplicate index {i} in array or slice literal"),
            TypeError::IndexMustBeConstant { x } => write!(f, "index {x} must be integer constant"),
            TypeError::CannotTakeAddress { x } => write!(f, "invalid operation: cannot take address of {x}"),
            TypeError::CannotIndirect { x } => write!(f, "invalid operation: cannot indirect {x}"),
            TypeError::OperatorNotDefinedIn { text, op, x } => write!(f, "invalid operation: {text} (operator {op} not defined on {x})"),
            TypeError::InvalidCompositeType { ty } => write!(f, "invalid composite literal type {ty}"),
            TypeError::MissingLiteralType => f.write_str("invalid composite literal type: missing type"),
            TypeError::MakeArgCount { call, n } => write!(f, "invalid operation: {call} expects 2 or 3 arguments; found {n}"),
            TypeError::MakeLenLargerThanCap => write!(f, "invalid argument: length and capacity swapped"),
            TypeError::CannotMake { ty } => write!(f, "invalid argument: cannot make {ty}: type must be slice, map, or channel"),
            TypeError::NotASlice { what, x } => write!(f, "invalid argument: {x} is not a slice{what}"),
            TypeError::CopyMismatch { text, a, b } => write!(f, "invalid copy: arguments {text} have different element types {a} and {b}"),
            TypeError::InvalidCapArgument { x } => write!(f, "invalid argument: {x} for built-in cap"),
            TypeError::NotAnExpressionType { x } => write!(f, "{x} is not an expression"),
            TypeError::BuiltinCount { which, call, expected, found } => write!(f, "invalid operation: {which} arguments for {call} (expected {expected}, found {found})"),
            TypeError::NotASliceArg { what, x } => write!(f, "invalid {what}: argument must be a slice; have {x}"),
            TypeError::CannotBeOrdered { x } => write!(f, "invalid argument: {x} cannot be ordered"),
            TypeError::MismatchedArgTypes { prev, t, x } => write!(f, "invalid argument: mismatched types {prev} (previous argument) and {t} (type of {x})"),
            TypeError::CannotClear { x } => write!(f, "invalid argument: cannot clear {x}: argument must be (or constrained by) map or slice"),
            TypeError::CannotBeCompared { text, why } => write!(f, "invalid operation: {text} ({why})"),
            TypeError::NonLocalReceiver { n } => write!(f, "cannot define new methods on non-local type {n}"),
            TypeError::InvalidReceiver { t } => write!(f, "invalid receiver type {t}"),
            TypeError::InvalidReceiverKind { t } => write!(f, "invalid receiver type {t} (pointer or interface type)"),
            TypeError::MethodRedeclared { t, m, at } => write!(f, "method {t}.{m} already declared at {at}"),
            TypeError::FieldAndMethod { name, other } => write!(f, "field and method with the same name {name}{other}"),
            TypeError::PointerMethodOnValue { m, t } => write!(f, "cannot call pointer method {m} on {t}"),
            TypeError::NonNameOnLeft { x } => write!(f, "non-name {x} on left side of :="),
            TypeError::DotsNotLast => f.write_str("can only use ... with final parameter in list"),
            TypeError::NoMethod { x, name, ty } => write!(f, "{x}.{name} undefined (type {ty} has no method {name})"),
            TypeError::DeferDiscards { what, x } => write!(f, "{what} discards result of {x}"),
            TypeError::ChanOp { op, x } => write!(f, "invalid operation: cannot {op} {x}"),
            TypeError::RangeChanOneVar { x } => write!(f, "range over {x} permits only one iteration variable"),
            TypeError::RangeSendOnly { x, t } => write!(f, "cannot range over {x}: receive from send-only channel {t}"),
            TypeError::SelectCaseNotComm => f.write_str("select case must be send or receive (possibly with assignment)"),
            TypeError::SelectMultipleDefaults { first } => write!(f, "multiple defaults (first at {first})"),

            TypeError::DeferNotCall { what } => write!(f, "expression in {what} must be function call"),
            TypeError::DeferConversion { what, x } => write!(f, "{what} requires function call, not conversion {x}"),
            TypeError::DuplicateMapKey { k } => write!(f, "duplicate key {k} in map literal"),
            TypeError::MissingMapKey => f.write_str("missing key in map literal"),
            TypeError::InvalidMapKey { t } => write!(f, "invalid map key type {t}"),
            TypeError::NotAMap { x } => write!(f, "invalid argument: {x} is not a map"),
            TypeError::AssignStructFieldInMap { x } => write!(f, "cannot assign to struct field {x} in map"),
            TypeError::MakeMapArgCount { call, n } => write!(f, "invalid operation: {call} expects 1 or 2 arguments; found {n}"),
            TypeError::AmbiguousSelector { x } => write!(f, "ambiguous selector {x}"),
            TypeError::FieldSelectorOnType { name, t } => write!(f, "operand for field selector {name} must be value of type {t}"),
            TypeError::CannotUseTruncated { d, ty, what } => write!(f, "cannot use {d} as {ty} value{what} (truncated)"),
            TypeError::TruncatedToInt { x } => write!(f, "{x} truncated to int"),
            TypeError::UntypedNilUse { ctx } => write!(f, "use of untyped nil in {ctx}"),
            TypeError::GotoLabelNotDefined { l } => write!(f, "label {l} not defined"),
            TypeError::GotoIntoBlock { l, at } => write!(f, "goto {l} jumps into block starting at {at}"),
            TypeError::GotoOverDecl { l, x, at } => write!(f, "goto {l} jumps over declaration of {x} at {at}"),
            TypeError::RangeTooManyVars { x, n } => match n {
                0 => write!(f, "range over {x} permits no iteration variables"),
                1 => write!(f, "range over {x} permits only one iteration variable"),
                _ => write!(f, "range clause permits at most two iteration variables"),
            },
            TypeError::CannotRangeFunc { x, why } => write!(f, "cannot range over {x}: func must be func(yield func(...) bool): {why}"),
            TypeError::CannotRange { x } => write!(f, "cannot range over {x}"),
            TypeError::NoCommonUnder { op: super::typeset::SetOp::Literal, x, .. } => write!(f, "invalid composite literal type {x} (no common underlying type)"),
            TypeError::NoCommonUnder { op, x, why } => write!(f, "{} {x}: {why}", op.words()),
            TypeError::MismatchedSliceElems { op, a, b, x } => write!(f, "invalid {op}: mismatched slice element types {a} and {b} in {x}"),
            TypeError::DerefBases { x } => write!(f, "invalid operation: pointers of {x} must have identical base types"),
            TypeError::DeleteKeys { x } => write!(f, "invalid argument: maps of {x} must have identical key types"),
            TypeError::PointerToTypeParam { sel, ty } => write!(f, "{sel} undefined (type {ty} is pointer to type parameter, not type parameter)"),
            TypeError::InvalidConstType { ty } => write!(f, "invalid constant type {ty}"),
            TypeError::RangeOneVariable { x } => write!(f, "range over {x} permits only one iteration variable"),
            TypeError::SliceUnaddressable { x } => write!(f, "cannot slice unaddressable value {x}"),
            TypeError::Unaddressable3Index { .. } => write!(f, "invalid operation: 3-index slice of string"),
            TypeError::MissingIndex3 => f.write_str("middle index required in 3-index slice"),
            TypeError::Unsupported { what } => {
                let verb = if what.ends_with('s') && !what.ends_with("ss") {
                    "are"
                } else {
                    "is"
                };
                write!(f, "memrun: {what} {verb} not supported yet")
            }
            TypeError::UnsupportedPackage { path } => {
                write!(f, "memrun: package {path} is not supported yet")
            }
        }
    }
}

/// How gc spells the operands and counts inside its messages.
impl<'a> Checker<'a> {
    /// An operand as gc quotes it: `x (variable of type int)`, `1 (untyped int constant)`.
    pub(super) fn describe(&self, o: &Operand) -> String {
        let ty = self.tn(o.ty);
        // gc says what a defined type is made of: `variable of int type Celsius`.
        let of_type = match self.types.kind(o.ty) {
            // A type parameter (a generic body is checked with a stand-in for it).
            TypeKind::Named(_) if self.checking_standins.contains_key(&o.ty) => {
                let c = self.checking_standins[&o.ty];
                format!("type {ty} constrained by {}", self.constraint_name(c))
            }
            TypeKind::Named(_) => format!("{} type {ty}", self.type_structure(o.ty)),
            _ if self.types.is_interface(o.ty) => format!("interface type {ty}"),
            _ => format!("type {ty}"),
        };
        match &o.kind {
            OpKind::Const(v) => {
                let lit = is_literal_text(&o.text.to_string(), v);
                match (self.types.is_untyped(o.ty), lit) {
                    (true, true) => format!("{} ({ty} constant)", o.text),
                    (true, false) => format!("{} ({ty} constant {v})", o.text),
                    (false, true) => format!("{} (constant of {of_type})", o.text),
                    (false, false) => format!("{} (constant {v} of {of_type})", o.text),
                }
            }
            OpKind::Value(tir::Expr {
                kind: tir::ExprKind::MapIndex(..),
                ..
            }) => format!("{} (map index expression of {of_type})", o.text),
            _ if o.var => format!("{} (variable of {of_type})", o.text),
            _ => format!("{} (value of {of_type})", o.text),
        }
    }

    /// How gc spells a constraint in messages: its name, or an implicit interface's terms
    /// (`~string | ~int`).
    pub(super) fn constraint_name(&self, c: TypeId) -> String {
        if let TypeKind::Interface(i) = self.types.kind(c) {
            if i.methods.is_empty() && !i.comparable && i.embeds.is_empty() && i.unions.len() == 1 {
                return i.unions[0]
                    .iter()
                    .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.tn(t.ty)))
                    .collect::<Vec<_>>()
                    .join(" | ");
            }
        }
        self.tn(c)
    }

    /// What a defined type is made of, in gc's words: its basic type's name, or the kind of
    /// its composite type (`struct`, `slice`, `map`, …).
    pub(super) fn type_structure(&self, t: TypeId) -> String {
        let u = self.types.underlying(t);
        match self.types.kind(u) {
            TypeKind::Basic(_) => self.types.name_in(u, None),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Signature(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            _ => "invalid".into(),
        }
    }

    /// gc's continuation lines for a count mismatch: `\n\thave (…)\n\twant (…)`, with a
    /// tuple spread into its types and untyped constants named by kind (`number`).
    pub(super) fn have_want(&self, have: &[TypeId], want: &[TypeId]) -> String {
        let name = |t: TypeId| match t {
            T::UNTYPED_INT | T::UNTYPED_RUNE | T::UNTYPED_FLOAT => "number".into(),
            T::UNTYPED_STRING => "string".into(),
            T::UNTYPED_BOOL => "bool".into(),
            T::UNTYPED_NIL => "nil".into(),
            t => self.tn(t),
        };
        let list = |ts: &[TypeId]| {
            ts.iter()
                .flat_map(|&t| self.types.tuple_types(t))
                .map(name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!("\n\thave ({})\n\twant ({})", list(have), list(want))
    }
}

/// gc's ordinal of a result: `1st`, `2nd`, `3rd`, `4th`, … `11th`, `21st`.
pub(super) fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_wording() {
        let e = |e: TypeError| e.to_string();
        assert_eq!(
            e(TypeError::Unsupported {
                what: "maps".into()
            }),
            "memrun: maps are not supported yet"
        );
        assert_eq!(
            e(TypeError::Unsupported {
                what: "os.Getenv".into()
            }),
            "memrun: os.Getenv is not supported yet"
        );
        assert_eq!(
            e(TypeError::Unsupported {
                what: "goto".into()
            }),
            "memrun: goto is not supported yet"
        );
        assert_eq!(
            e(TypeError::ImportedAndNotUsed { path: "os".into() }),
            "\"os\" imported and not used"
        );
        assert_eq!(e(TypeError::Undefined { n: "x".into() }), "undefined: x");
        assert!(TypeError::UnsupportedPackage { path: "net".into() }.is_unsupported());
        assert!(!TypeError::MissingReturn.is_unsupported());
    }

    #[test]
    fn related_positions_expand() {
        let msg = format!("x redeclared{}", related(7, "other declaration of x"));
        assert_eq!(
            expand_related(&msg, &|at| format!("a.go:1:{at}")),
            "x redeclared\n\ta.go:1:7: other declaration of x"
        );
        // A stray marker from a user's string is left alone.
        assert_eq!(expand_related("a\u{1}b", &|_| unreachable!()), "a\u{1}b");
    }
}
