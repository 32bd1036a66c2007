import strawberry


@strawberry.type
class EstateMutations:
    # Temporary: replaced by the estates GraphQL work.
    estates_pending: bool = False
