using Modular.Testing;

namespace Modular.Host.Tests;

[CollectionDefinition(PostgresFixture.Collection)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
