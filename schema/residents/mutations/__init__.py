import strawberry


@strawberry.type
class ResidentMutations:
    # Temporary: replaced by the residents GraphQL work.
    residents_pending: bool = False
